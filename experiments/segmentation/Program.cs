using Ingest.Core.Evaluation;
using Ingest.Storage.Sqlite;
using ICU4N.Text;

// Usage: seg-experiment <gold folder> <store.db>   (after `ingest run <gold folder> --db <store.db>`)
// Scores each splitter on every sample's cleaned text as the pipeline stored it against the sentences
// its gold file lists, tuned and held-out samples apart, with SegmentationEvaluator (the "sentence
// boundaries" row of `ingest eval`).
var root = args[0];
var store = new SqliteDocumentStore(args[1], TimeProvider.System);
var texts = new List<(GoldFile Gold, string Text)>();
foreach (var gold in GoldFile.LoadFolder(root))
{
    var id = await gold.DocumentIdAsync(CancellationToken.None) ?? throw new InvalidDataException($"{gold.Id}: no PDF beside gold.json");
    var stored = await store.GetAsync(id, CancellationToken.None) ?? throw new InvalidDataException($"{gold.Id}: not in the store; run `ingest run` first");
    texts.Add((gold, stored.Extracted?.Text ?? string.Empty));
}
var splitters = new (string Name, SegmentationEvaluator.Splitter Split)[]
{
    ("shipped SentenceSplitter", SegmentationEvaluator.Shipped),
    ("ICU4N sentence iterator, whole text", Icu.Whole),
    ("ICU4N sentence iterator, per paragraph", Icu.PerParagraph),
};

var missesBySplitter = new Dictionary<(string, bool), List<string>>();
foreach (var heldout in new[] { false, true })
{
    Console.WriteLine(heldout ? "## held out" : "## tuned");
    foreach (var (name, split) in splitters)
    {
        int right = 0, cases = 0;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var misses = new List<string>();
        foreach (var (gold, text) in texts.Where(t => t.Gold.Heldout == heldout))
        {
            var sentences = gold.PoliceSentences.Concat(gold.ImrSentences).Concat(gold.GoodPracticeSentences).Concat(gold.MissedOpportunitySentences);
            var score = SegmentationEvaluator.Score(text, sentences, split, misses);
            right += score.Correct;
            cases += score.Cases;
        }

        Console.WriteLine($"| {name} | {(double)right / cases:0.000} | {right} / {cases} | {clock.ElapsedMilliseconds} ms |");
        missesBySplitter[(name, heldout)] = misses;
    }
}

// Where the two differ on the tuned samples (held-out sentences are not printed: they are not read).
var shipped = missesBySplitter[(splitters[0].Name, false)];
var icu = missesBySplitter[(splitters[2].Name, false)];
Console.WriteLine("## tuned: cut wrongly by the shipped splitter only");
shipped.Except(icu).ToList().ForEach(m => Console.WriteLine("- " + m));
Console.WriteLine("## tuned: cut wrongly by ICU only");
icu.Except(shipped).ToList().ForEach(m => Console.WriteLine("- " + m));

/// <summary>ICU's rule-based sentence breaks (UAX #29 with ICU's English data), trailing spaces trimmed.</summary>
internal static class Icu
{
    public static IEnumerable<(int Start, int End)> Whole(string text) => Breaks(text, 0, text.Length);

    /// <summary>Paragraphs (blank lines) end sentences, as headings, list items and table cells do in the shipped splitter.</summary>
    public static IEnumerable<(int Start, int End)> PerParagraph(string text)
    {
        var start = 0;
        while (start < text.Length)
        {
            var end = text.IndexOf("\n\n", start, StringComparison.Ordinal);
            end = end < 0 ? text.Length : end;
            foreach (var span in Breaks(text, start, end))
            {
                yield return span;
            }

            start = end + 2;
        }
    }

    private static IEnumerable<(int Start, int End)> Breaks(string text, int from, int to)
    {
        var iterator = BreakIterator.GetSentenceInstance(new ICU4N.Globalization.UCultureInfo("en_GB"));
        iterator.SetText(text[from..to]);
        var start = iterator.First();
        for (var end = iterator.Next(); end != BreakIterator.Done; start = end, end = iterator.Next())
        {
            var a = from + start;
            var b = from + end;
            while (b > a && char.IsWhiteSpace(text[b - 1]))
            {
                b--;
            }

            while (a < b && char.IsWhiteSpace(text[a]))
            {
                a++;
            }

            if (b > a)
            {
                yield return (a, b);
            }
        }
    }
}
