using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Core.Evaluation;

/// <summary>
/// Sentence-level scores for a label (CONTRACT §4): a gold sentence is found when an annotation of
/// the label lies inside it; a sentence of the text that holds an annotation but is no gold sentence
/// of the label is a false positive. Gold sentences are located in the text with whitespace collapsed.
/// </summary>
public static class LabelEvaluator
{
    public static Score SentenceScore(string name, string text, IEnumerable<string> goldSentences, IReadOnlyList<Annotation> annotations, string label, List<string> misses)
    {
        var spans = goldSentences.Distinct().SelectMany(g => Locate(text, g).Select(span => (Gold: g, span.Start, span.End))).ToList();
        var missingText = goldSentences.Distinct().Where(g => Locate(text, g).Count == 0).ToList();
        var mine = annotations.Where(a => a.Label == label).ToList();
        var tp = 0;
        var fn = missingText.Count;
        foreach (var group in spans.GroupBy(s => s.Gold))
        {
            if (group.Any(s => mine.Any(a => a.Start < s.End && s.Start < a.End)))
            {
                tp++;
            }
            else
            {
                fn++;
                misses.Add($"{name} missed: {group.Key}");
            }
        }

        var fp = 0;
        foreach (var sentence in SentenceSplitter.Split(text))
        {
            var inside = mine.Where(a => a.Start < sentence.End && sentence.Start < a.End).ToList();
            if (inside.Count > 0 && !spans.Any(s => s.Start < sentence.End && sentence.Start < s.End))
            {
                fp++;
                misses.Add($"{name} not in gold: {text[sentence.Start..sentence.End]} [{string.Join(", ", inside.Select(a => a.Text).Distinct())}]");
            }
        }

        return new Score(name, tp, fp, fn);
    }

    /// <summary>Every place a gold sentence occurs in the text, whitespace-insensitively.</summary>
    public static IReadOnlyList<(int Start, int End)> Locate(string text, string sentence)
    {
        var tokens = TextMatching.Normalise(sentence).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return [];
        }

        var pattern = string.Join(@"\s+", tokens.Select(t => Quotes(Regex.Escape(t))));
        return Regex.Matches(text, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2)).Select(m => (m.Index, m.Index + m.Length)).ToList();
    }

    private static string Quotes(string escaped) =>
        escaped.Replace("'", "['‘’]", StringComparison.Ordinal).Replace("\"", "[\"“”]", StringComparison.Ordinal).Replace("-", "[-‐‑]", StringComparison.Ordinal);
}
