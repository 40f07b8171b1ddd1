using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// protected_characteristics: a characteristic that the review says could not be recorded (no information
/// about it, an agency record without it) is an absence explained, which the rubric puts below a full
/// record: such a review scores at most 3 however many characteristics it names and however fully it discusses them.
/// </summary>
public sealed class ProtectedCharacteristicsAbsenceTests
{
    private static readonly ProtectedCharacteristics Criterion = new(new RateOptions());

    private static ReviewBuilder Recorded() =>
        new ReviewBuilder()
            .Sentence("She was a woman aged 74.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "sex" })
            .Sentence("Her age mattered.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "age" })
            .Sentence("Her Parkinson's disease was a disability.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "disability" })
            .Sentence("She had been married to him for forty years.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "marriage_civil_partnership" })
            .Sentence("Assumptions about her frailty shaped the help she was offered and affected whether she was asked what she wanted.");

    [TestCase("No information was available about his religion or belief.", "religion_belief")]
    [TestCase("The police summary did not record the ethnicity of either of them.", "race")]
    [TestCase("His ethnicity was not recorded on any of the three forms.", "race")]
    [TestCase("His sexual orientation was not known to agencies and was not explored.", "sexual_orientation")]
    [TestCase("She has dyslexia, and no agency recorded whether she could read the letters it sent.", "disability")]
    [TestCase("The force does not routinely record whether a person subjected to force is autistic.", "disability")]
    [TestCase("Her ethnicity was never recorded by the police.", "race")]
    public void A_characteristic_the_review_says_was_not_recorded_caps_the_score_at_3(string sentence, string characteristic)
    {
        var input = Recorded().Sentence(sentence, Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = characteristic }).Build();

        var score = Criterion.Score(input);

        Assert.That(score.Score, Is.EqualTo(3));
        Assert.That(score.Explanation, Does.EndWith("says some could not be recorded"));
    }

    [Test]
    public void Characteristics_recorded_and_found_not_relevant_still_score_4()
    {
        var input = Recorded()
            .Sentence("There was no evidence that race affected the services she received.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "race" })
            .Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(4));
    }

    [Test]
    public void Unrecorded_wording_in_a_sentence_without_a_characteristic_does_not_cap()
    {
        var input = Recorded().Sentence("The visit was not recorded on the case file.").Build();

        Assert.That(Criterion.Score(input).Score, Is.EqualTo(4));
    }
}
