using System.Text.RegularExpressions;

namespace Ingest.Core.Text;

/// <summary>A sentence's span in the cleaned text.</summary>
public readonly record struct SentenceSpan(int Start, int End);

/// <summary>
/// Splits review text into sentences. Paragraphs ("\n\n") always end a sentence (headings, list items
/// and table cells are paragraphs); inside a paragraph a sentence ends at . ! ? followed by a space and
/// a capital, a digit or a quote, except after the abbreviations reviews use (PC, DC, DS, Dr, No.,
/// para., e.g., i.e., s.47, s.136, Mr, Mrs, St, approx.) and initials. A paragraph number at the start
/// ("4.17 ") belongs to the first sentence, as printed.
/// </summary>
public static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "pc", "dc", "ds", "dci", "di", "ps", "sgt", "insp", "supt", "dr", "mr", "mrs", "ms", "no", "nos", "para", "paras", "e.g", "i.e", "eg", "ie",
        "s", "ss", "st", "approx", "etc", "cf", "vol", "ch", "fig", "art", "reg", "sch", "prof", "rev", "jan", "feb", "mar", "apr", "jun", "jul",
        "aug", "sep", "sept", "oct", "nov", "dec", "vs", "v", "ltd", "co", "inc", "p", "pp", "ibid", "op", "al",
    };

    public static IReadOnlyList<SentenceSpan> Split(string text)
    {
        var result = new List<SentenceSpan>();
        var paragraphStart = 0;
        while (paragraphStart < text.Length)
        {
            var paragraphEnd = text.IndexOf("\n\n", paragraphStart, StringComparison.Ordinal);
            if (paragraphEnd < 0)
            {
                paragraphEnd = text.Length;
            }

            SplitParagraph(text, paragraphStart, paragraphEnd, result);
            paragraphStart = paragraphEnd + 2;
        }

        return result;
    }

    private static void SplitParagraph(string text, int start, int end, List<SentenceSpan> result)
    {
        var sentenceStart = Skip(text, start, end);
        foreach (Match m in Boundary().Matches(text[start..end]))
        {
            var at = start + m.Index; // the terminal punctuation
            if (IsAbbreviation(text, sentenceStart, at))
            {
                continue;
            }

            var stop = at + m.Groups["end"].Length;
            if (stop > sentenceStart)
            {
                result.Add(new SentenceSpan(sentenceStart, stop));
            }

            sentenceStart = Skip(text, stop, end);
        }

        var last = TrimEnd(text, sentenceStart, end);
        if (last > sentenceStart)
        {
            result.Add(new SentenceSpan(sentenceStart, last));
        }
    }

    /// <summary>The word before a full stop is an abbreviation or an initial ("J. Smith"), or a section number ("s.47").</summary>
    private static bool IsAbbreviation(string text, int sentenceStart, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var wordStart = dot;
        while (wordStart > sentenceStart && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] != '(')
        {
            wordStart--;
        }

        var word = text[wordStart..dot];
        if (word.Length == 0)
        {
            return false;
        }

        if (Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0])))
        {
            return true;
        }

        // "4.17" at a paragraph's start is its number, not a sentence.
        return wordStart == sentenceStart && NumberLabel().IsMatch(word);
    }

    private static int Skip(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at]))
        {
            at++;
        }

        return at;
    }

    private static int TrimEnd(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end;
    }

    [GeneratedRegex(@"(?<end>[.!?]+[""'”’)\]]*)(?=\s+[""'“‘(]?[A-Z0-9•])")]
    private static partial Regex Boundary();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex NumberLabel();
}
