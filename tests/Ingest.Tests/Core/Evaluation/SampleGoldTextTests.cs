using Ingest.Core.Evaluation;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>
/// Each sample's gold against the sample's own text (the renderer's expected.txt and footnotes), not
/// against anything the pipeline produces: a gold sentence or recommendation that is not in the review
/// cannot be found by any tagger and would count as a miss that is really a typo in the gold. Safe to
/// run on the held-out samples, since it reads no tagger output.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SampleGoldTextTests
{
    public static IEnumerable<string> Samples => Repo.SampleIds(id =>
        File.Exists(Path.Combine(Repo.Samples, id, "gold.json")) && File.Exists(Path.Combine(Repo.Samples, id, "expected.txt")));

    [TestCaseSource(nameof(Samples))]
    public void Every_gold_sentence_is_in_the_review_text(string id)
    {
        var (gold, text) = Load(id);
        var missing = gold.LabelledSentences.Where(s => !text.Contains(TextMatching.Normalise(s), StringComparison.Ordinal)).ToList();

        Assert.That(missing, Is.Empty, "gold sentences not in expected.txt");
    }

    [TestCaseSource(nameof(Samples))]
    public void Every_gold_recommendation_is_in_the_review_text(string id)
    {
        var (gold, text) = Load(id);

        var missing = gold.Recommendations.Select(r => r.Text).Where(r => !text.Contains(TextMatching.Normalise(r), StringComparison.Ordinal)).ToList();

        Assert.That(missing, Is.Empty, "gold recommendations not in expected.txt");
    }

    [TestCaseSource(nameof(Samples))]
    public void The_gold_names_its_own_sample_and_rates_every_criterion(string id)
    {
        var (gold, _) = Load(id);

        Assert.Multiple(() =>
        {
            Assert.That(gold.Id, Is.EqualTo(id));
            Assert.That(gold.File, Is.EqualTo(id + ".pdf"));
            Assert.That(gold.Heldout, Is.EqualTo(id.StartsWith('h')), "held-out samples are the h ids");
            Assert.That(gold.Quality?.Criteria, Has.Count.EqualTo(9), "nine criteria (CONTRACT §6)");
        });
    }

    private static (GoldFile Gold, string Text) Load(string id) =>
        (GoldFile.Load(Path.Combine(Repo.Samples, id, "gold.json")), TextOf(id));

    /// <summary>A sample's own text, body and footnotes, whitespace-normalised as gold sentences are matched.</summary>
    internal static string TextOf(string id)
    {
        var folder = Path.Combine(Repo.Samples, id);
        var parts = new[] { "expected.txt", "expected-footnotes.txt" }.Select(f => Path.Combine(folder, f)).Where(File.Exists).Select(File.ReadAllText);
        return TextMatching.Normalise(string.Join("\n", parts));
    }
}
