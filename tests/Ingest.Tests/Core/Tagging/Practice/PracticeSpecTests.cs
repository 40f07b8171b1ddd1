using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Practice;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Tagging.Practice;

/// <summary>Runs the examples of practice.spec.md, and checks what the examples cannot show: sections and review types.</summary>
public sealed class PracticeSpecTests
{
    public static IEnumerable<TestCaseData> Examples => TaggerSpec.Load("Core/Tagging/Practice/practice.spec.md");

    [TestCaseSource(nameof(Examples))]
    public void Tags_as_the_spec_says(TaggerSpec.Example example) =>
        TaggerSpec.Check(new PracticeTagger(), example, Labels.GoodPractice, Labels.MissedOpportunity);

    [Test]
    public void A_good_practice_section_lifts_a_plain_account()
    {
        const string text = "9. Good Practice\n\nDC 1 made an NRM referral and kept Adult F's sister informed throughout the investigation.";
        var sections = new List<Section> { new("9. Good Practice", "good_practice", 1, 0, text.Length, 16, 1) };

        var withSection = new PracticeTagger().Tag(TaggingContext.For(text, sections, null));
        var without = new PracticeTagger().Tag(TaggingContext.For(text, [], null));

        Assert.That(withSection.Select(a => a.Label), Is.EqualTo(new[] { Labels.GoodPractice }));
        Assert.That(without, Is.Empty);
    }

    [TestCase("Term of reference 2: Was the risk to the carer understood?", 1)]
    [TestCase("ToR 3 - Did agencies share what they knew?", 1)]
    [TestCase("Terms of reference", 0)]
    public void A_numbered_term_of_reference_heads_the_review_s_answer_not_the_list_of_terms(string heading, int found)
    {
        var text = heading + "\n\nNobody asked the carer how she was coping.";
        var sections = new List<Section> { new(heading, "terms_of_reference", 2, 0, text.Length, heading.Length, 0.6) };

        var tagged = new PracticeTagger().Tag(TaggingContext.For(text, sections, null));

        Assert.That(tagged.Count(a => a.Label == Labels.MissedOpportunity), Is.EqualTo(found));
    }

    [Test]
    public void A_heading_that_names_good_practice_counts_where_the_section_type_is_unsure()
    {
        const string text = "What went well\n\nDC 1 made an NRM referral and kept Adult F's sister informed throughout the investigation.";
        var sections = new List<Section> { new("What went well", "other", 1, 0, text.Length, 14, 0.5) };

        var found = new PracticeTagger().Tag(TaggingContext.For(text, sections, null));

        Assert.That(found.Select(a => a.Label), Is.EqualTo(new[] { Labels.GoodPractice }));
    }

    [Test]
    public void A_social_worker_in_an_adult_review_is_adult_social_care()
    {
        const string text = "SW1 did not record a mental capacity assessment before closing the case.";
        var metadata = new ReviewMetadata([new Evidenced<string>("SAR", 0, 3, 1)], null, null, null, [], null, null, null, null, null, null, 1, 12);

        var annotation = new PracticeTagger().Tag(TaggingContext.For(text, [], metadata)).Single();

        Assert.That((annotation.Label, annotation.Attributes.Agency), Is.EqualTo((Labels.MissedOpportunity, "adult_social_care")));
    }

    [Test]
    public void Confidence_is_a_probability_and_stronger_cues_give_more()
    {
        var strong = new PracticeTagger().Tag(TaggingContext.For("This was a missed opportunity to convene a strategy discussion.", [], null)).Single();
        var weaker = new PracticeTagger().Tag(TaggingContext.For("A further strategy discussion was not convened.", [], null)).Single();

        Assert.That(strong.Confidence, Is.InRange(0.0, 1.0));
        Assert.That(strong.Confidence, Is.GreaterThan(weaker.Confidence));
    }

    [Test]
    public void An_item_of_a_good_practice_list_that_ends_with_a_semicolon_is_one_practice()
    {
        const string item = "The call handler's calm advice to the caller while officers travelled;";
        var text = "What was done well\n\n" + item;
        var inList = new List<Section> { new("What was done well", "good_practice", 2, 0, text.Length, 18, 1) };
        var elsewhere = new List<Section> { new("What was done well", "methodology", 2, 0, text.Length, 18, 1) };

        var found = new PracticeTagger().Tag(TaggingContext.For(text, inList, null));
        var notFound = new PracticeTagger().Tag(TaggingContext.For(text, elsewhere, null));

        Assert.That(found.Select(a => a.Text), Is.EqualTo(new[] { item }));
        Assert.That(notFound, Is.Empty);
    }

    [Test]
    public void A_report_praised_in_the_methodology_section_is_good_practice()
    {
        const string text = "How the review was done\n\nIt was analytical and open.";
        var sections = new List<Section> { new("How the review was done", "methodology", 1, 0, text.Length, 23, 1) };

        var found = new PracticeTagger().Tag(TaggingContext.For(text, sections, null));

        Assert.That(found.Select(a => a.Label), Is.EqualTo(new[] { Labels.GoodPractice }));
    }
}
