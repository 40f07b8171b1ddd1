using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Protected;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Tagging.Protected;

/// <summary>Runs the examples of protected.spec.md, and checks the equality section and the evaluator.</summary>
public sealed class ProtectedSpecTests
{
    public static IEnumerable<TestCaseData> Examples => TaggerSpec.Load("Core/Tagging/Protected/protected.spec.md");

    [TestCaseSource(nameof(Examples))]
    public void Tags_as_the_spec_says(TaggerSpec.Example example) =>
        TaggerSpec.Check(new ProtectedCharacteristicTagger(), example, Labels.ProtectedCharacteristic);

    [Test]
    public void An_equality_section_records_what_it_names_and_the_rest_of_the_review_does_not()
    {
        // The chronology, not the background: where a review introduces a person their stated age is recorded too (StatedAgeTests).
        const string text = "5. Equality and Diversity\n\nMary was a white British woman aged 74.\n\n6. What happened\n\nMary was aged 74 and had Parkinson's disease.";
        var sections = new List<Section>
        {
            new("5. Equality and Diversity", "other", 1, 0, 66, 25, 1),
            new("6. What happened", "chronology", 1, 68, text.Length, 84, 1),
        };

        var found = new ProtectedCharacteristicTagger().Tag(TaggingContext.For(text, sections, null));

        Assert.That(found.Select(a => (a.Text, a.Attributes.Characteristic)), Is.EqualTo(new[] { ("white British", "race"), ("woman", "sex"), ("aged 74", "age") }));
    }

    [Test]
    public void The_evaluator_scores_the_set_of_characteristics_and_the_withheld_statement()
    {
        const string text = "The review considered the protected characteristics. Her age and sex were relevant, and she was a Muslim woman.";
        var annotations = new ProtectedCharacteristicTagger().Tag(TaggingContext.For(text, [], null));
        var gold = new GoldFile { ProtectedCharacteristics = new GoldProtectedCharacteristics { Recorded = ["age", "sex", "disability"], WithheldStatement = true } };
        var scores = new List<Score>();
        var accuracies = new List<Accuracy>();
        var misses = new List<string>();

        ProtectedCharacteristicEvaluator.Score(gold, annotations, scores, accuracies, misses);

        Assert.That(scores.Single(), Is.EqualTo(new Score("protected characteristics", 2, 1, 1)));
        Assert.That(accuracies.Single(), Is.EqualTo(new Accuracy("protected characteristics withheld", 0, 1)));
        Assert.That(misses, Is.EquivalentTo(new[]
        {
            "protected characteristic missed: disability",
            "protected characteristic not in gold: religion_belief",
            "protected characteristics withheld: gold true, found false",
        }));
    }
}
