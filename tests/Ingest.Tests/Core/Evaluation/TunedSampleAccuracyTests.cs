using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Metadata;
using Ingest.Core.Sections;
using Ingest.Core.Storage;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>
/// Guards the figures in docs/accuracy.md for the samples the rules were tuned on: a change that
/// loses headings, section types or metadata fails here. The held-out samples are measured by
/// `ingest eval` and reported, not asserted, so that nobody tunes on them by accident.
/// </summary>
[TestFixture]
public sealed class TunedSampleAccuracyTests
{
    private static IReadOnlyList<DocumentScores>? _scores;

    private static IReadOnlyList<DocumentScores> Scores => _scores ??= GoldFile.LoadFolder(Repo.Samples)
        .Where(g => !g.Heldout)
        .Select(g => DocumentEvaluator.Evaluate(g, Process(g)))
        .ToList();

    private static StoredDocument Process(GoldFile gold)
    {
        var extracted = Pdf.ExtractionGoldenTests.Extract(gold.Id);
        var sections = new SectionSplitter(new SectionsOptions(), SectionTypeClassifier.Default).Split(extracted.Text, extracted.Blocks, extracted.Outline);
        var metadata = new MetadataReader().Read(extracted.Text, sections, extracted.Blocks, extracted.Facts.PageCount);
        return new StoredDocument(gold.Id, gold.File, gold.File, DocumentStatus.Ingested, null, 1, string.Empty, null, extracted, [], DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            Sections = sections,
            Metadata = metadata,
        };
    }

    private static Score Total(string name) => Scores.SelectMany(d => d.Scores).Where(s => s.Name == name).Aggregate((a, b) => a + b);

    private static double Accuracy(string name) => Scores.SelectMany(d => d.Accuracies).Where(a => a.Name == name).Aggregate((a, b) => a + b).Value;

    [Test]
    public void Headings_are_found_with_precision_and_recall_of_at_least_0_95()
    {
        var headings = Total("headings");
        Assert.That((headings.Precision, headings.Recall), Is.EqualTo((1.0, 1.0)).Within(0.05));
    }

    // s17-s32 (session 4, eight writers' new heading wordings) brought section type from 0.898 to 0.847 over 32;
    // session 5's wordings (lettered and em-dash numbering, name-only and "X and her family" headings) read 0.877 over 40;
    // session 6 (names and periods belong to their chapter, learning items, plain-language questions) read 0.940 over 48.
    [TestCase("section type", 0.93)]
    [TestCase("heading level", 0.95)]
    [TestCase("review type", 1.0)]
    // s13-s16 (added to the tuned set later, in styles unlike s01-s12) brought title and board to 14/16.
    [TestCase("title", 0.95)]
    // Session 6: 46/48 and 48/48 (bilingual board names, forces named for two places).
    // Session 11: s69-s74 joined as they arrived, with s73's two commissioning bodies read as one (70/74).
    [TestCase("board", 0.94)]
    [TestCase("police forces", 0.95)]
    // s33-s40 (session 5, two writers) joined with incident dates the reader misses in five of eight (0.844 over 32 -> 0.75 over 40);
    // session 5's date work (paragraph sentences, review periods, narrative dates, label sentences) read 39/40 and 40/40.
    // Session 9: the incident date is chosen by learnt weights (fit-dates), not the hand rules fitted sample by sample
    // (54/56 here, 9/16 held out). The learnt chooser reads 49/56 on the reviews it learnt from and 47/56 with each
    // review left out; that, not a fit to these samples, is what it is kept for. Refitted on s01-s59: 50/59 here,
    // 49/59 with each review left out.
    // Session 10: s63-s68 joined after being measured on arrival (incident 3 of 6 right); with them 55/68 = 0.81.
    [TestCase("date incident", 0.8)]
    [TestCase("date completed", 0.95)]
    [TestCase("date published", 0.9)]
    [TestCase("methodology", 0.9)]
    [TestCase("gold sentences verbatim", 0.99)]
    public void Field_accuracy_stays_at_its_measured_level(string field, double atLeast)
    {
        Assert.That(Accuracy(field), Is.GreaterThanOrEqualTo(atLeast));
    }
}
