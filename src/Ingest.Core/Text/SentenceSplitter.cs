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

    /// <summary>Abbreviations that stand before a number ("No. 3", "p. 12", "s. 47"): "she said no." ends a sentence.</summary>
    private static readonly HashSet<string> BeforeNumber = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "p", "pp", "para", "paras", "vol", "ch", "fig", "art", "reg", "sch", "s", "ss",
    };

    private static readonly HashSet<string> Ranks = new(StringComparer.Ordinal) { "PC", "DC", "DS", "DCI", "DI", "PS" };

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

        // "J. Smith" is an initial, but "Mr D." and "Child M." are reviews' pseudonyms, and "Appendix B." a
        // reference: a letter after a title, a role word or a reference word ends the sentence when one ends
        // there (and "Ms P." is not a page reference). A run-in label such as "Finding B. The police ..."
        // opens its sentence and stays with it, as annotators copy it.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            var before = text.AsSpan(sentenceStart, wordStart - sentenceStart);
            var reference = ReferenceBefore().IsMatch(before);
            var runInLabel = reference && ReferenceLabel().IsMatch(before);
            var opensItsLine = before.IsWhiteSpace(); // "A. The welfare check": a lettered heading's label
            return !PseudonymBefore().IsMatch(before) && (!reference || runInLabel) && (runInLabel || opensItsLine || !OpensSentence(text, dot + 1));
        }

        // Abbreviations are written in lower or title case; a word in capitals is an acronym ("the APR.",
        // not "Apr."), except the ranks, which are written in capitals.
        if (Abbreviations.Contains(word) && (!IsCapitals(word) || Ranks.Contains(word)))
        {
            return !BeforeNumber.Contains(word) || NextIsDigit(text, dot + 1);
        }

        // "4.17" at a paragraph's start is its number, not a sentence.
        return wordStart == sentenceStart && NumberLabel().IsMatch(word);
    }

    /// <summary>
    /// "... found with S. The notices ...": an initial is followed by a name, never by a pronoun, an article
    /// or a conjunction, so a letter before one of these is a pseudonym that ends its sentence.
    /// </summary>
    private static bool OpensSentence(string text, int at) => SentenceOpener().IsMatch(text.AsSpan(at, Math.Min(16, text.Length - at)));

    private static bool NextIsDigit(string text, int at)
    {
        at = Skip(text, at, text.Length);
        return at < text.Length && char.IsDigit(text[at]);
    }

    private static bool IsCapitals(string word) => word.Length > 1 && word.All(c => !char.IsLetter(c) || char.IsUpper(c));

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

    [GeneratedRegex(@"\b(?:Mr|Mrs|Ms|Miss|Mx|Child|Adult|Man|Woman|Baby|Person|Sibling|Subject|Victim|Perpetrator|Parent|Family|Young Person|Professional)\s+$")]
    private static partial Regex PseudonymBefore();

    [GeneratedRegex(@"\b(?:Appendix|Appendices|Annexe?|Part|Section|Chapter|Table|Figure|Schedule|Option|Finding|Recommendation|Theme|Episode|Phase|Stage|Level|Tier|Category|Group|Area|Team)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceBefore();

    /// <summary>The reference word opens the sentence (after any paragraph number): a run-in label.</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?\w+\s+$")]
    private static partial Regex ReferenceLabel();

    [GeneratedRegex(@"^\s+(?:The|This|That|These|Those|There|Then|He|She|It|They|We|Her|His|Their|Its|In|On|At|When|While|After|Before|During|But|However|Although|If|No|None|Nobody|Neither)\b")]
    private static partial Regex SentenceOpener();

    [GeneratedRegex(@"^\d+(\.\d+)*$")]
    private static partial Regex NumberLabel();
}
