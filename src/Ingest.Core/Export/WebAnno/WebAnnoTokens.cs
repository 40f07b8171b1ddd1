using System.Globalization;
using Ingest.Core.Text;

namespace Ingest.Core.Export.WebAnno;

/// <summary>One sentence of the TSV: its span (from its first token's start to its last token's end) and its tokens.</summary>
public sealed record TsvSentence(int Start, int End, IReadOnlyList<(int Start, int End)> Tokens);

/// <summary>
/// Sentences and tokens for the TSV. Sentences come from the project's splitter, with any text it left
/// between sentences made a sentence of its own so that no annotated word is lost. Tokens are runs of
/// letters and digits or single other characters, and are also cut wherever an annotation starts or
/// ends: then every annotation covers whole tokens and no sub-token lines are needed.
/// </summary>
public static class WebAnnoTokens
{
    public static IReadOnlyList<TsvSentence> Split(string text, IEnumerable<(int Start, int End)> annotationSpans)
    {
        var cuts = new HashSet<int>();
        foreach (var (start, end) in annotationSpans)
        {
            cuts.Add(start);
            cuts.Add(end);
        }

        var sentences = new List<TsvSentence>();
        foreach (var (start, end) in Spans(text))
        {
            var tokens = Tokens(text, start, end, cuts);
            if (tokens.Count > 0)
            {
                sentences.Add(new TsvSentence(tokens[0].Start, tokens[^1].End, tokens));
            }
        }

        return sentences;
    }

    /// <summary>The splitter's sentences plus the gaps between them, in text order.</summary>
    private static IEnumerable<(int Start, int End)> Spans(string text)
    {
        var at = 0;
        foreach (var s in SentenceSplitter.Split(text))
        {
            if (s.Start < at)
            {
                continue;
            }

            if (s.Start > at)
            {
                yield return (at, s.Start);
            }

            yield return (s.Start, s.End);
            at = s.End;
        }

        if (at < text.Length)
        {
            yield return (at, text.Length);
        }
    }

    private static List<(int Start, int End)> Tokens(string text, int start, int end, HashSet<int> cuts)
    {
        var tokens = new List<(int, int)>();
        var i = start;
        while (i < end)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            var tokenStart = i;
            var word = char.IsLetterOrDigit(text[i]);
            i += Width(text, i);
            while (word && i < end && char.IsLetterOrDigit(text[i]) && !cuts.Contains(i))
            {
                i++;
            }

            tokens.Add((tokenStart, i));
        }

        return tokens;
    }

    /// <summary>A surrogate pair is one character: never cut between its halves.</summary>
    private static int Width(string text, int i) =>
        char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;

    internal static string Id(int sentence, int token) => sentence.ToString(CultureInfo.InvariantCulture) + "-" + token.ToString(CultureInfo.InvariantCulture);
}
