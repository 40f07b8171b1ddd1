using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Storage;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>
/// Inter-annotator agreement is scored by eval's own rules: a second annotator who marked exactly what the
/// gold marks agrees on every label, and each difference counts as the same kind of miss a pipeline's would.
/// </summary>
[TestFixture]
public sealed class AgreementEvaluatorTests
{
    private static readonly HashSet<string> TextMeasures = ["gold sentences verbatim", "sentence boundaries"];

    private static StoredDocument Text(GoldFile gold) =>
        new(gold.Id, gold.File, gold.File, DocumentStatus.Ingested, null, 1, string.Empty, null, Pdf.ExtractionGoldenTests.Extract(gold.Id), [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static GoldFile Sample(string id) => GoldFile.Load(Path.Combine(Repo.Samples, id, "gold.json"));

    [TestCase("s20")]
    [TestCase("s45")]
    [TestCase("s72")]
    public void A_gold_file_read_against_itself_agrees_on_every_label_and_field(string id)
    {
        var gold = Sample(id);

        var scores = DocumentEvaluator.Evaluate(gold, GoldAsStored.Dress(gold, Text(gold)));

        Assert.Multiple(() =>
        {
            foreach (var s in scores.Scores)
            {
                Assert.That((s.FalsePositives, s.FalseNegatives), Is.EqualTo((0, 0)), s.Name);
            }

            foreach (var a in scores.Accuracies.Where(a => !TextMeasures.Contains(a.Name)))
            {
                Assert.That(a.Correct, Is.EqualTo(a.Cases), a.Name);
            }
        });
        Assert.That(scores.Scores.Select(s => s.Name), Is.SupersetOf(new[] { "police sentences", "IMR sentences", "good practice sentences", "missed opportunity sentences", "recommendations" }));
    }

    [Test]
    public void Each_difference_is_counted_as_eval_counts_a_pipeline_miss()
    {
        var gold = Sample("s20");
        var second = gold with
        {
            GoodPracticeSentences = gold.GoodPracticeSentences.Skip(3).ToList(),
            MissedOpportunitySentences = [.. gold.MissedOpportunitySentences, gold.GoodPracticeSentences[0]],
            Recommendations = [gold.Recommendations[0] with { Agencies = ["police", "health"] }, .. gold.Recommendations.Skip(1)],
            PoliceImrAnalytical = !gold.PoliceImrAnalytical,
            Quality = gold.Quality! with { Criteria = new(gold.Quality.Criteria) { ["timeliness"] = 1 } },
        };

        var scores = DocumentEvaluator.Evaluate(gold, GoldAsStored.Dress(second, Text(gold)));

        Assert.That(Counts(scores, "good practice sentences"), Is.EqualTo((gold.GoodPracticeSentences.Count - 3, 0, 3)));
        Assert.That(Counts(scores, "missed opportunity sentences"), Is.EqualTo((gold.MissedOpportunitySentences.Count, 1, 0)));
        Assert.That(Right(scores, "recommendation agencies exact"), Is.EqualTo((gold.Recommendations.Count - 1, gold.Recommendations.Count)));
        Assert.That(Right(scores, "police IMR analytical"), Is.EqualTo((0, 1)));
        Assert.That(Right(scores, "criterion timeliness"), Is.EqualTo((0, 1)));
        Assert.That(Right(scores, "criterion police_coverage"), Is.EqualTo((1, 1)));
    }

    [Test]
    public void Two_second_annotators_of_a_review_are_read_against_the_gold_each_other_and_the_pipeline()
    {
        var gold = Sample("s20");
        var stored = Text(gold);
        var seconds = new[] { gold with { Folder = "a" }, gold with { Folder = "b", GoodPracticeSentences = [] } };

        var comparisons = AgreementEvaluator.Group(AgreementEvaluator.Evaluate(gold, seconds, stored));

        Assert.That(comparisons.Select(c => (c.Name, c.Documents.Count)), Is.EqualTo(new[]
        {
            (AgreementEvaluator.AnnotatorsVsGold, 2), (AgreementEvaluator.AnnotatorsVsEachOther, 1),
            (AgreementEvaluator.PipelineVsGold, 1), (AgreementEvaluator.PipelineVsAnnotators, 2),
        }));
        var eachOther = comparisons[1].Documents.Single();
        Assert.That(Counts(eachOther, "good practice sentences"), Is.EqualTo((0, 0, gold.GoodPracticeSentences.Count)));
    }

    [Test]
    public void The_report_sets_the_comparisons_side_by_side_without_the_measures_of_the_text()
    {
        var gold = Sample("s20");
        var seconds = new[] { gold with { GoodPracticeSentences = gold.GoodPracticeSentences.Skip(1).ToList() } };

        var markdown = AgreementReport.Markdown(AgreementEvaluator.Group(AgreementEvaluator.Evaluate(gold, seconds, Text(gold))));

        var n = gold.GoodPracticeSentences.Count;
        var row = markdown.Split('\n').Single(l => l.StartsWith("| good practice sentences F1 |", StringComparison.Ordinal));
        Assert.That(row, Does.Contain($"({n - 1}/0/1)"));
        Assert.That(markdown, Does.StartWith("| label or field | second annotator vs gold (1: s20) | pipeline vs gold (1: s20) | pipeline vs second annotator (1: s20) |"));
        Assert.That(markdown, Does.Not.Contain("sentence boundaries").And.Not.Contain("gold sentences verbatim"));
        Assert.That(markdown, Does.Contain("| criteria pooled, weighted kappa (quadratic) | 1.00 (9) |"), "the same nine scores agree perfectly");
    }

    [Test]
    public void Rating_pairs_are_kept_for_the_chance_corrected_agreement()
    {
        var gold = Sample("s20");
        var far = gold.Quality!.Rating == 1 ? 4 : 1;
        var second = gold with { Quality = gold.Quality with { Rating = far } };

        var comparison = AgreementEvaluator.Group(AgreementEvaluator.Evaluate(gold, [second], Text(gold)))[0];

        Assert.That(comparison.Overall, Is.EqualTo(new[] { (gold.Quality.Rating, far) }));
        Assert.That(comparison.Criteria, Has.Count.EqualTo(9));
        Assert.That(Kappa.Weighted([.. comparison.Overall, (1, 1), (4, 4)], 1, 4), Is.LessThan(1));
    }

    private static (int, int, int) Counts(DocumentScores scores, string name) =>
        scores.Scores.Single(s => s.Name == name) is var s ? (s.TruePositives, s.FalsePositives, s.FalseNegatives) : default;

    private static (int, int) Right(DocumentScores scores, string name) =>
        scores.Accuracies.Single(a => a.Name == name) is var a ? (a.Correct, a.Cases) : default;
}
