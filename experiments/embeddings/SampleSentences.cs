using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Embeddings.Experiment;

/// <summary>One sentence of a sample as the project's splitter cuts it, with its gold labels and the rule's confidence per label.</summary>
public sealed record SentenceRow(int Document, SentenceSpan Span, string Text, bool Good, bool Missed, float RuleGood, float RuleMissed);

/// <summary>One sample: its stored text and rule annotations, its gold lists, and its sentences.</summary>
public sealed record Sample(string Id, bool Heldout, string Text, IReadOnlyList<Annotation> Annotations, IReadOnlyList<string> GoldGood, IReadOnlyList<string> GoldMissed, IReadOnlyList<SentenceRow> Sentences);

/// <summary>
/// Reads the samples from the pipeline's store and labels each sentence from gold.json the way the
/// evaluator does (LabelEvaluator): a sentence is positive when it overlaps a place where a gold
/// sentence of the label occurs, whitespace- and quote-insensitively.
/// </summary>
public static class SampleSentences
{
    public static async Task<IReadOnlyList<Sample>> LoadAsync(string goldFolder, IDocumentStore store, CancellationToken ct)
    {
        var samples = new List<Sample>();
        // Tuned: s01-s24 (heldout false); held out: h01-h16. Nothing else in the folder has gold.
        foreach (var gold in GoldFile.LoadFolder(goldFolder))
        {
            var id = await gold.DocumentIdAsync(ct) ?? throw new InvalidDataException($"{gold.Id}: no PDF beside gold.json");
            var stored = await store.GetAsync(id, ct) ?? throw new InvalidDataException($"{gold.Id}: not in the store; run `ingest run` first");
            var text = stored.Extracted?.Text ?? string.Empty;
            samples.Add(Build(samples.Count, gold, text, stored.Annotations));
        }

        return samples;
    }

    private static Sample Build(int index, GoldFile gold, string text, IReadOnlyList<Annotation> annotations)
    {
        var goodSpans = Spans(text, gold.GoodPracticeSentences);
        var missedSpans = Spans(text, gold.MissedOpportunitySentences);
        var good = annotations.Where(a => a.Label == Labels.GoodPractice).ToList();
        var missed = annotations.Where(a => a.Label == Labels.MissedOpportunity).ToList();
        var rows = SentenceSplitter.Split(text)
            .Select(s => new SentenceRow(index, s, text[s.Start..s.End], Overlaps(goodSpans, s), Overlaps(missedSpans, s), MaxConfidence(good, s), MaxConfidence(missed, s)))
            .ToList();
        return new Sample(gold.Id, gold.Heldout, text, annotations, gold.GoodPracticeSentences, gold.MissedOpportunitySentences, rows);
    }

    private static List<(int Start, int End)> Spans(string text, IEnumerable<string> gold) =>
        gold.Distinct().SelectMany(g => LabelEvaluator.Locate(text, g)).ToList();

    private static bool Overlaps(List<(int Start, int End)> spans, SentenceSpan s) => spans.Any(g => g.Start < s.End && s.Start < g.End);

    private static float MaxConfidence(List<Annotation> annotations, SentenceSpan s) =>
        (float)annotations.Where(a => a.Start < s.End && s.Start < a.End).Select(a => a.Confidence).DefaultIfEmpty(0).Max();
}
