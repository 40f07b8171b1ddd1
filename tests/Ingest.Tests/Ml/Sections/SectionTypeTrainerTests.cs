using Ingest.Ml.Models;
using Ingest.Ml.Sections;
using Ingest.Ml.Training;
using Microsoft.ML;

namespace Ingest.Tests.Ml.Sections;

public sealed class SectionTypeTrainerTests
{
    private static readonly (string Type, string[] Headings, string Body)[] Kinds =
    [
        ("chronology", ["Chronology of events", "Timeline", "Key episodes"], "On 4 March 2021 officers attended. On 6 March 2021 the GP saw her."),
        ("recommendations", ["Recommendations", "What should change", "Actions for the partnership"], "The partnership should ask agencies to review their policy."),
        ("methodology", ["Methodology", "How the review was done", "Approach"], "The review used a systems approach with a practitioner event."),
    ];

    /// <summary>Eight reviews of nine headings each; the rules know the first wording of each kind and inherit the rest wrongly.</summary>
    private static List<SectionTypeRow> Rows()
    {
        var rows = new List<SectionTypeRow>();
        for (var g = 0; g < 8; g++)
        {
            foreach (var (type, headings, body) in Kinds)
            {
                for (var h = 0; h < headings.Length; h++)
                {
                    rows.Add(new SectionTypeRow
                    {
                        Heading = headings[(h + g) % headings.Length],
                        Context = $"level1 unnumbered parent_none previous_none position{h}",
                        Body = body,
                        Label = type,
                        Group = $"r{g}",
                        RuleType = (h + g) % headings.Length == 0 ? type : "other",
                        RuleSpecific = (h + g) % headings.Length == 0,
                    });
                }
            }
        }

        return rows;
    }

    [Test]
    public void Training_is_seeded_and_repeatable_and_the_card_sets_the_model_beside_the_rules()
    {
        var a = SectionTypeTrainer.Train(Rows(), new TrainingContext(7, TimeProvider.System, ["r0"], 0));
        var b = SectionTypeTrainer.Train(Rows(), new TrainingContext(7, TimeProvider.System, ["r0"], 0));

        Assert.That(a.Card.Name, Is.EqualTo(ModelNames.SectionType));
        Assert.That(b.Card.Metrics, Is.EqualTo(a.Card.Metrics));
        Assert.That(b.Card.DataSha256, Is.EqualTo(a.Card.DataSha256));
        Assert.That(Scores(b, "Timeline of key events"), Is.EqualTo(Scores(a, "Timeline of key events")));
        Assert.That(a.Card.Metrics.Keys, Is.SupersetOf(new[] { "in_sample_rules_accuracy", "cv_model_accuracy", "cv_combined_accuracy" }));
        Assert.That(a.Card.Labels, Is.EqualTo(new[] { "chronology", "methodology", "recommendations" }));
    }

    [Test]
    public void Cross_validation_by_review_counts_rules_model_and_combination_on_every_heading()
    {
        var rows = Rows();
        var c = SectionTypeTrainer.CrossValidate(rows, new TrainingContext(7, TimeProvider.System, [], 0));

        Assert.That(c.Headings, Is.EqualTo(rows.Count));
        Assert.That(c.RulesRight, Is.EqualTo(rows.Count(r => r.RuleType == r.Label)));
        Assert.That(c.Fallback, Is.EqualTo(rows.Count(r => !r.RuleSpecific)));
        Assert.That(c.Model, Is.GreaterThan(c.Rules), "the wordings recur across reviews, so a model of the other reviews knows them");
        Assert.That(c.Combined, Is.GreaterThanOrEqualTo(c.Rules));
    }

    [Test]
    public void On_arrival_each_batch_is_predicted_by_a_model_of_the_reviews_before_it()
    {
        var batches = SectionTypeTrainer.OnArrival(Rows(), new TrainingContext(7, TimeProvider.System, [], 0), batchSize: 2, batches: 2);

        Assert.That(batches.Select(b => (b.First, b.Last, b.Headings)), Is.EqualTo(new[] { ("r4", "r5", 18), ("r6", "r7", 18) }));
        Assert.That(batches.Select(b => b.ModelRight), Is.All.InRange(0, 18));
    }

    private static float[] Scores(TrainedModel trained, string heading)
    {
        var engine = new MLContext(7).Model.CreatePredictionEngine<SectionTypeRow, SectionTypePrediction>(trained.Model);
        return engine.Predict(new SectionTypeRow { Heading = heading, Context = "level1 unnumbered", Body = "On 4 March 2021 officers attended." }).Score;
    }
}
