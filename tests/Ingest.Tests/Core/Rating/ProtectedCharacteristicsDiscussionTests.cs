using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// protected_characteristics: a review that names the characteristics in a bare list scores 3, one that
/// discusses them (a paragraph of substance, or words for how they bore on the help given) scores 4.
/// Only the paragraphs that name a characteristic count.
/// </summary>
public sealed class ProtectedCharacteristicsDiscussionTests
{
    private static readonly ProtectedCharacteristics Criterion = new(new RateOptions());

    private const string Filler =
        "The panel met the family twice and read every agency's records for the period under review before it reached a view.";

    private static ReviewBuilder Listed(ReviewBuilder review) =>
        review
            .SentenceMentioning("Adult R was a 52-year-old White British man.", "52-year-old", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "age" })
            .SentenceMentioning("He was gay and lived with a learning disability.", "gay", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "sexual_orientation" })
            .SentenceMentioning("His learning disability was known to every agency.", "learning disability", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "disability" });

    [Test]
    public void Characteristics_listed_in_a_short_paragraph_score_3()
    {
        var score = Criterion.Score(Listed(new ReviewBuilder()).Build());

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Is.EqualTo("records age, disability, sexual_orientation"));
    }

    [Test]
    public void Characteristics_discussed_at_length_in_their_paragraph_score_4()
    {
        var score = Criterion.Score(Listed(new ReviewBuilder()).Sentences(6, Filler).Build());

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Is.EqualTo("records age, disability, sexual_orientation and discusses them"));
    }

    [Test]
    public void Words_for_how_a_characteristic_bore_on_the_help_given_score_4_in_a_short_paragraph()
    {
        var input = Listed(new ReviewBuilder())
            .Sentence("Officers assumed he would not be a credible witness, a bias the force now trains against, and it affected whether his reports were recorded.")
            .Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(4));
    }

    [Test]
    public void A_long_paragraph_that_names_no_characteristic_is_not_a_discussion_of_them()
    {
        var input = new ReviewBuilder()
            .Section("background", b => Listed(b))
            .Section("analysis", b => b.Sentences(6, Filler))
            .Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(3));
    }
}
