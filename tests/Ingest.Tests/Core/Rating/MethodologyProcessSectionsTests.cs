using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// methodology_stated reads the method where the review's template puts it: the Home Office DHR template
/// spreads it over contributors, panel and author sections, old SCRs give the IMRs a chapter of their own.
/// </summary>
public sealed class MethodologyProcessSectionsTests
{
    private static readonly RateOptions Defaults = new();

    // 11 words a sentence: 12 sentences make a 132-word section, short of the 250 a description needs on its own.
    private const string Sentence = "Each agency wrote a report and the chair met its author.";

    // A named model, so that the description decides between 3 and 4 (the IMR route scores 3 either way).
    private static ReviewBuilder NamedModel() =>
        new ReviewBuilder().With(m => m with { Methodology = new Evidenced<string>("SILP", 0, 0, 1) })
            .Section("methodology", "5. Methods", 1, b => b.Sentences(12, Sentence));

    [Test]
    public void A_short_methods_section_with_contributors_panel_and_author_sections_describes_the_method()
    {
        var input = NamedModel()
            .Section("other", "7. Contributors to the Review", 1, b => b.Sentences(8, Sentence))
            .Section("other", "8. The Review Panel Members", 1, b => b.Sentences(5, Sentence))
            .Section("other", "9. Author of the Overview Report", 1, b => b.Sentences(3, Sentence))
            .Build();

        var score = new MethodologyStated(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Does.Contain("describes it in 308 words"));
    }

    [Test]
    public void A_chapter_on_the_individual_management_reviews_counts_with_its_subsections_per_agency()
    {
        var input = new ReviewBuilder().With(m => m with { Methodology = new Evidenced<string>("SILP", 0, 0, 1) })
            .Section("other", "4. INDIVIDUAL MANAGEMENT REVIEWS", 1, b => b.Sentences(6, Sentence))
            .Section("other", "4.1 Corrandale Constabulary", 2, b => b.Sentences(12, Sentence))
            .Section("other", "4.2 Children's Social Care", 2, b => b.Sentences(8, Sentence))
            .Section("background", "5. THE FAMILY", 1, b => b.Sentences(30, Sentence))
            .Build();

        Assert.That(ReviewProcessSections.Words(input), Is.EqualTo(286));
        Assert.That(new MethodologyStated(Defaults).Score(input).Score, Is.EqualTo(4));
    }

    [TestCase("other", "Statement by Review Panel Chair")]
    [TestCase("appendix", "Appendix A: Review Panel Membership")]
    [TestCase("other", "6. Involvement of Family and Friends")]
    [TestCase("terms_of_reference", "What the panel set out to examine")]
    [TestCase("analysis", "The agency reports")]
    public void Declarations_appendices_family_sections_terms_of_reference_and_analysis_do_not_describe_the_method(string type, string heading)
    {
        var input = NamedModel().Section(type, heading, 1, b => b.Sentences(20, Sentence)).Build();

        Assert.That(ReviewProcessSections.Words(input), Is.EqualTo(0));
        Assert.That(new MethodologyStated(Defaults).Score(input).Score, Is.EqualTo(3));
    }
}
