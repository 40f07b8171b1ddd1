using System.Text.RegularExpressions;
using Ingest.Core.Text;

namespace Ingest.Core.Evaluation;

/// <summary>
/// How well a sentence splitter cuts a review where its annotators cut it: a gold sentence counts when
/// one sentence of the splitter is that sentence, word for word (a paragraph number such as "4.17 " or a
/// list mark such as "• " or "2. " in front is allowed, since gold files copy sentences without them). Gold sentences that are not in
/// the text at all are left out: they are extraction misses, counted by "gold sentences verbatim".
/// </summary>
public static partial class SegmentationEvaluator
{
    /// <summary>The splitter under test: the text in, the sentences' spans out.</summary>
    public delegate IEnumerable<(int Start, int End)> Splitter(string text);

    public static Splitter Shipped { get; } = text => SentenceSplitter.Split(text).Select(s => (s.Start, s.End));

    public static Accuracy Score(string text, IEnumerable<string> goldSentences, Splitter splitter, List<string>? misses = null)
    {
        var cut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (start, end) in splitter(text))
        {
            var sentence = TextMatching.Normalise(text[start..end]);
            cut.Add(sentence);
            cut.Add(Unmarked(sentence));
        }

        var normal = TextMatching.Normalise(text);
        int right = 0, cases = 0;
        foreach (var gold in goldSentences.Select(TextMatching.Normalise).Distinct(StringComparer.Ordinal))
        {
            if (!normal.Contains(gold, StringComparison.Ordinal))
            {
                continue;
            }

            cases++;
            if (cut.Contains(gold) || cut.Contains(Unmarked(gold)))
            {
                right++;
            }
            else
            {
                misses?.Add($"sentence boundaries: not one sentence: {gold}");
            }
        }

        return new Accuracy("sentence boundaries", right, cases);
    }

    private static string Unmarked(string sentence) => Mark().Replace(sentence, string.Empty);

    /// <summary>A paragraph number ("4.17", "VII.1.1"), a recommendation's label ("SA1", "R2:"), a bullet, or a list number or letter ("2.", "(b)", "iii)").</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?|[IVX]+(?:\.\d+)+|[A-Z]{1,3}\d{1,2}[.:]?|[•●▪◦‣∙·*\-–—]|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})[.)])\s+")]
    private static partial Regex Mark();
}
