using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// A recommendation found: its span, label as printed, agencies, confidence, whether an action plan holds
/// it, and whether the reader of running text found it ("It is recommended that ..." inside a paragraph) rather than a list.
/// </summary>
internal sealed record Candidate(int Start, int End, string? Number, IReadOnlyList<string> Agencies, double Confidence, bool Planned, bool Inline = false);

/// <summary>
/// One annotation per recommendation. Where candidates overlap, the earlier (or longer) one stays. A
/// recommendation written out twice (a summary list, then the recommendations section) is tagged where it
/// first appears, which is where a reader meets it; one first given in short ("The review recommends that
/// the Partnership seeks assurance about neglect") and later in full is tagged where it is in full; one
/// recommended in passing in the analysis ("It is recommended that X introduce ...") and set out again in
/// a list or table is tagged in the list, where the review states it as one of its recommendations. An
/// action plan row is dropped when it restates a recommendation already found or carries the number of one.
/// The cover, contents and glossary (unread) are never where a recommendation is tagged.
/// </summary>
internal static partial class RecommendationSet
{
    public static IEnumerable<Candidate> Distinct(string text, List<Candidate> candidates, Func<int, bool> unread)
    {
        var kept = Unique(text, candidates);
        return kept.Select(c => FirstAppearance(text, c, kept, unread)).OrderBy(c => c.Start).ToList();
    }

    /// <summary>
    /// Where the same words stand earlier, untagged (a summary whose bullets the extraction lost, so that
    /// only the recommendations section's copy was read), the recommendation is tagged there.
    /// </summary>
    private static Candidate FirstAppearance(string text, Candidate c, List<Candidate> kept, Func<int, bool> unread)
    {
        var words = text[c.Start..c.End].Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (FindWords(text, c.Start, words) is not { } first)
        {
            return c;
        }

        var free = !unread(first.Start) && !kept.Any(k => k.Start < first.End && first.Start < k.End);
        return free ? c with { Start = first.Start, End = first.End } : c;
    }

    /// <summary>
    /// The first place before <paramref name="before"/> where the words stand in order with only white
    /// space between them. A plain scan rather than a regular expression: a long recommendation made a
    /// pattern whose matching over a whole review could outrun any time-out on a loaded machine.
    /// </summary>
    private static (int Start, int End)? FindWords(string text, int before, string[] words)
    {
        if (words.Length == 0)
        {
            return null;
        }

        for (var at = text.IndexOf(words[0], 0, before, StringComparison.Ordinal); at >= 0; at = Next(text, words[0], at + 1, before))
        {
            var end = at + words[0].Length;
            var i = 1;
            while (i < words.Length && end < before)
            {
                var next = end;
                while (next < before && char.IsWhiteSpace(text[next]))
                {
                    next++;
                }

                if (next == end || string.CompareOrdinal(text, next, words[i], 0, words[i].Length) != 0 || next + words[i].Length > before)
                {
                    break;
                }

                end = next + words[i].Length;
                i++;
            }

            if (i == words.Length)
            {
                return (at, end);
            }
        }

        return null;
    }

    private static int Next(string text, string word, int from, int before) =>
        from >= before ? -1 : text.IndexOf(word, from, before - from, StringComparison.Ordinal);

    private static List<Candidate> Unique(string text, List<Candidate> candidates)
    {
        var kept = new List<(Candidate Candidate, HashSet<string> Words)>();
        foreach (var c in candidates.OrderBy(c => c.Start).ThenByDescending(c => c.End - c.Start))
        {
            HashSet<string> words = [.. Word().Matches(text[c.Start..c.End]).Select(m => m.Value.ToLowerInvariant())];
            var shorter = kept.FindIndex(k => !c.Planned && Within(k.Words, words));
            var inPassing = kept.FindIndex(k => InPassing(text, k.Candidate) && !InPassing(text, c) && Restates(k.Words, words));
            if (shorter >= 0 || inPassing >= 0)
            {
                kept[shorter >= 0 ? shorter : inPassing] = (c, words);
            }
            else if (!kept.Any(k => Overlap(k.Candidate, c) || Same(k.Words, words) || Within(words, k.Words) || (c.Planned && c.Number is not null && c.Number == k.Candidate.Number)))
            {
                kept.Add((c, words));
            }
        }

        return kept.Select(k => k.Candidate).ToList();
    }

    private static bool Overlap(Candidate a, Candidate b) => a.Start < b.End && b.Start < a.End;

    /// <summary>Recommended in the course of the analysis, in a sentence or a numbered paragraph ("7.1.4 It is recommended that ...").</summary>
    private static bool InPassing(string text, Candidate c) => c.Inline || InlineRecommendations.OpensInPassing(text[c.Start..Math.Min(c.End, c.Start + 120)]);

    /// <summary>The same recommendation, or one a short form of the other ("It is recommended that X introduce ..." and "X should introduce ...").</summary>
    private static bool Restates(HashSet<string> a, HashSet<string> b) => Same(a, b) || Within(a, b) || Within(b, a);

    private static bool Same(HashSet<string> a, HashSet<string> b) => a.Count > 0 && b.Count > 0 && a.Intersect(b).Count() >= 0.8 * a.Union(b).Count();

    /// <summary>The first is a short form of the second: most of its words are there, and the second says a good deal more.</summary>
    private static bool Within(HashSet<string> shortForm, HashSet<string> fullForm) =>
        shortForm.Count > 0 && shortForm.Count <= 0.8 * fullForm.Count && shortForm.Intersect(fullForm).Count() >= 0.7 * shortForm.Count;

    // Content words only: "the", "should" and "and" say nothing about which recommendation it is.
    [GeneratedRegex(@"[A-Za-z0-9]{4,}")]
    private static partial Regex Word();
}
