using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Storage;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>The IMR inventory is scored as an exact set and agency by agency (one missed agency is not an empty inventory).</summary>
[TestFixture]
public sealed class DocumentEvaluatorImrTests
{
    [Test]
    public void One_missed_agency_fails_the_exact_set_but_counts_the_others_found()
    {
        var gold = new GoldFile { Id = "x", ImrAgencies = ["police", "health", "education"] };

        var scores = DocumentEvaluator.Evaluate(gold, Stored(Contributor("police"), Contributor("health"), Contributor("housing")));

        var each = scores.Scores.Single(s => s.Name == "IMR agencies (each)");
        Assert.That((each.TruePositives, each.FalsePositives, each.FalseNegatives), Is.EqualTo((2, 1, 1)));
        Assert.That(scores.Accuracies.Single(a => a.Name == "IMR agency inventory").Correct, Is.EqualTo(0));
    }

    [Test]
    public void A_review_with_no_reports_in_gold_or_found_is_not_scored()
    {
        var scores = DocumentEvaluator.Evaluate(new GoldFile { Id = "x" }, Stored());

        Assert.That(scores.Scores.Any(s => s.Name == "IMR agencies (each)"), Is.False);
    }

    private static int _next;

    private static Annotation Contributor(string agency) =>
        new($"a{++_next}", Labels.ImrContributor, 0, 1, "x", new AnnotationAttributes { Agency = agency }, "rule", "suggested", 0.7, "t@1");

    private static StoredDocument Stored(params Annotation[] annotations) =>
        new("x", "x.pdf", "x.pdf", DocumentStatus.Ingested, null, 1, string.Empty, null, null, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            Annotations = annotations,
        };
}
