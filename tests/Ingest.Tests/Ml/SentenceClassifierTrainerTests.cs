using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Prediction;
using Ingest.Ml.Training;
using Microsoft.ML;

namespace Ingest.Tests.Ml;

public sealed class SentenceClassifierTrainerTests
{
    private static TrainingContext Context(int seed = 7) => new(seed, TimeProvider.System, ["doc0"], 0);

    [Test]
    public void It_learns_police_sentences_and_reports_cross_validated_metrics_on_its_card()
    {
        var trained = SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), Context());

        var classifier = Classifier(trained);
        Assert.That(classifier.Probability("The officers attended and the constabulary recorded it."), Is.GreaterThan(0.5));
        Assert.That(classifier.Probability("The health visitor called and the GP prescribed."), Is.LessThan(0.5));
        Assert.That(trained.Card.Metrics["cv_auc"], Is.GreaterThan(0.9));
        Assert.That(trained.Card.DataRows, Is.EqualTo(150));
        Assert.That(trained.Card.LabelCounts["true"], Is.EqualTo(40));
        Assert.That(trained.Card.DataSha256, Has.Length.EqualTo(64));
        Assert.That(trained.Card.Library, Does.StartWith("Microsoft.ML 5."));
    }

    [Test]
    public void The_same_data_and_seed_give_the_same_model_and_hash()
    {
        var a = SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), Context());
        var b = SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), Context());

        const string Probe = "A detective reviewed the GP's referral.";
        Assert.That(Classifier(b).Probability(Probe), Is.EqualTo(Classifier(a).Probability(Probe)));
        Assert.That(b.Card.Metrics, Is.EqualTo(a.Card.Metrics));
        Assert.That(b.Card.DataSha256, Is.EqualTo(a.Card.DataSha256));
    }

    [Test]
    public void Too_few_positives_is_a_clear_error_not_a_model_that_always_says_no()
    {
        var rows = Synthetic.PoliceSentences().Where(r => !r.Label).ToList();

        Assert.That(() => SentenceClassifierTrainer.Train(ModelNames.GoodPractice, rows, Context()),
            Throws.InvalidOperationException.With.Message.Contains("good_practice: too few examples"));
    }

    [Test]
    public void Predictions_from_many_threads_at_once_equal_the_same_predictions_one_at_a_time()
    {
        var classifier = Classifier(SentenceClassifierTrainer.Train(ModelNames.PoliceRelevance, Synthetic.PoliceSentences(), Context()));
        var sentences = Synthetic.PoliceSentences(20, 2).Select(r => r.Text).ToList();
        var sequential = sentences.Select(classifier.Probability).ToList();

        var parallel = new double[sentences.Count];
        Parallel.For(0, sentences.Count * 5, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i => parallel[i % sentences.Count] = classifier.Probability(sentences[i % sentences.Count]));

        Assert.That(parallel, Is.EqualTo(sequential));
    }

    [Test]
    public void A_plain_fact_reads_as_a_missed_opportunity_in_the_analysis_and_not_in_the_chronology()
    {
        // The same words are gold in the analysis and not in the chronology: only the section can tell them apart.
        string[] facts = ["No referral was made.", "The risk assessment was not repeated.", "Nobody spoke to the child alone.", "The strategy meeting was not reconvened."];
        var rows = new List<SentenceRow>();
        for (var g = 0; g < 5; g++)
        {
            foreach (var (fact, i) in facts.Select((f, i) => (f, i)))
            {
                rows.Add(new SentenceRow { Text = $"{fact} (day {g}{i})", Section = "analysis", Label = true, Group = $"doc{g}" });
                rows.Add(new SentenceRow { Text = $"{fact} (day {g}{i})", Section = "chronology", Label = false, Group = $"doc{g}" });
            }
        }

        var classifier = Classifier(SentenceClassifierTrainer.Train(ModelNames.MissedOpportunity, rows, Context()));

        var inAnalysis = classifier.Probability(new SentenceRow { Text = "No referral was made to the hub.", Section = "analysis" });
        var inChronology = classifier.Probability(new SentenceRow { Text = "No referral was made to the hub.", Section = "chronology" });
        Assert.That(inAnalysis, Is.GreaterThan(0.5));
        Assert.That(inChronology, Is.LessThan(0.5));
    }

    private static SentenceClassifier Classifier(TrainedModel trained) =>
        new(trained.Card.Name, new EnginePool<SentenceRow, SentencePrediction>(new MLContext(0), trained.Model));
}
