using Ingest.Core.Evaluation;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>
/// The second annotators' gold of the agreement study (agreement/&lt;annotator&gt;/&lt;id&gt;/gold.json), against
/// the sample's own text: a sentence that is not in the review would count as a disagreement that is
/// really a typo. The study is run on tuned samples only, so that no held-out review is read twice.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class SecondAnnotationTextTests
{
    private static string Agreement => Path.Combine(Repo.Root, "agreement");

    public static IEnumerable<string> Files => Directory.Exists(Agreement)
        ? Directory.EnumerateFiles(Agreement, "gold.json", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Agreement, f)).Order(StringComparer.Ordinal)
        : [];

    [Test]
    public void The_study_has_two_readings_of_each_review_it_covers()
    {
        var readings = Files.GroupBy(f => Path.GetFileName(Path.GetDirectoryName(f)!)).ToList();

        Assert.That(readings, Is.Not.Empty);
        Assert.That(readings.Where(r => r.Count() < 2).Select(r => r.Key), Is.Empty, "reviews read by one second annotator only");
    }

    [TestCaseSource(nameof(Files))]
    public void Every_sentence_and_recommendation_is_in_the_review_text(string file)
    {
        var (gold, text) = Load(file);

        var missing = gold.LabelledSentences.Concat(gold.Recommendations.Select(r => r.Text))
            .Where(s => !text.Contains(TextMatching.Normalise(s), StringComparison.Ordinal)).ToList();

        Assert.That(missing, Is.Empty, "not in expected.txt");
    }

    [TestCaseSource(nameof(Files))]
    public void Names_a_tuned_sample_and_rates_every_criterion(string file)
    {
        var (gold, _) = Load(file);

        Assert.Multiple(() =>
        {
            Assert.That(gold.Id, Is.EqualTo(Path.GetFileName(Path.GetDirectoryName(file))));
            Assert.That(gold.Id, Does.StartWith("s"), "held-out samples stay out of the study");
            Assert.That(gold.Quality?.Criteria.Keys, Is.EquivalentTo(Ingest.Core.Documents.RatingCriteria.All));
        });
    }

    private static (GoldFile Gold, string Text) Load(string file)
    {
        var gold = GoldFile.Load(Path.Combine(Agreement, file));
        return (gold, SampleGoldTextTests.TextOf(gold.Id));
    }
}
