namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Decides whether a hyphen at a line end was put there by the producer (remove it) or by the author
/// (keep it). LibreOffice and Word print both with the same U+002D glyph, so the evidence is the
/// document's own words and a little knowledge of English, in this order:
/// the hyphenated form written mid-line elsewhere: the author's; the word written whole elsewhere: the
/// producer's; a closed word whose halves are words (who-ever, under-stood): the producer's; a known
/// hyphenated compound (name-calling): the author's; a document with no sign of hyphenation by its
/// producer: the author's; a compound prefix (multi-, self-, non-): the author's, but a prefix that is
/// also a common first syllable (pro-, re-, under-) only when the rest is a word of the document;
/// the whole a dictionary word that is two words run together (can-did): the producer's; both halves used as words elsewhere (follow-up, child-centred): the author's; otherwise the
/// producer's ("com-missioned").
/// </summary>
internal sealed class HyphenJudge
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "multi", "self", "non", "co", "ex", "pre", "post", "anti", "inter", "cross", "well", "long", "short", "full", "part",
        "half", "semi", "sub", "under", "over", "step", "grand", "great", "mid", "pro", "counter", "re", "de", "un", "out",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four", "five",
        "high", "low", "first", "second", "third", "single", "joint", "front", "pan", "extra", "intra", "socio", "x", "e",
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    /// <summary>Prefixes that are also the first syllable of many plain words (pro-tected, re-ceived, under-stood).</summary>
    private static readonly HashSet<string> SyllablePrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "pro", "re", "de", "un", "under", "over", "out", "pre", "sub", "counter", "inter", "extra", "intra", "co",

        // Number words before a unit ("twelve-month", "six-week") are compounds, but "ten-ancy" and
        // "seven-ty" are broken words: only when the rest is a word of the document.
        "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    };

    private readonly string _text;
    private readonly HashSet<int> _lineEnds;
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hyphenatedMidLine = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool _producerHyphenates;

    public HyphenJudge(string text, IEnumerable<int> lineEndHyphens)
    {
        _text = text;
        _lineEnds = lineEndHyphens.ToHashSet();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && start >= 0 && i + 1 < text.Length && char.IsLetter(text[i + 1])));
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                AddWord(start, i);
                start = -1;
            }
        }

        _producerHyphenates = _lineEnds.Any(IsPlainlyBroken);
    }

    private void AddWord(int start, int end)
    {
        var word = _text[start..end];
        var hyphen = word.IndexOf('-', StringComparison.Ordinal);
        if (hyphen < 0)
        {
            _words.Add(word);
        }
        else if (!_lineEnds.Contains(start + hyphen))
        {
            // "fourteen-year-old" also shows that "fourteen" is a word of the document.
            _hyphenatedMidLine.Add(word);
            _words.UnionWith(word.Split('-', StringSplitOptions.RemoveEmptyEntries));
        }
    }

    /// <summary>The halves around a hyphen, letters only ("" where a digit or nothing stands).</summary>
    private (string First, string Second) Halves(int hyphen)
    {
        var start = hyphen;
        while (start > 0 && char.IsLetter(_text[start - 1]))
        {
            start--;
        }

        var end = hyphen + 1;
        while (end < _text.Length && char.IsLetter(_text[end]))
        {
            end++;
        }

        return (_text[start..hyphen], _text[(hyphen + 1)..end]);
    }

    /// <summary>
    /// A line-end hyphen only a producer would make: the word is written whole elsewhere, or neither
    /// half is a word of the document ("com-missioned"). A document without one was not hyphenated
    /// by its producer (PDFsharp never is; LibreOffice only when asked).
    /// </summary>
    private bool IsPlainlyBroken(int hyphen)
    {
        if (hyphen < 0 || hyphen >= _text.Length)
        {
            return false;
        }

        var (first, second) = Halves(hyphen);
        return first.Length > 0 && second.Length > 0
            && (_words.Contains(first + second) || (!_words.Contains(first) && !_words.Contains(second) && !Prefixes.Contains(first)));
    }

    public bool IsFromLayout(int hyphen)
    {
        var (first, second) = Halves(hyphen);
        if (first.Length == 0 || second.Length == 0)
        {
            return false;
        }

        if (_hyphenatedMidLine.Contains(first + "-" + second))
        {
            return false;
        }

        if (_words.Contains(first + second) || EnglishWords.IsClosedWord(first + second))
        {
            return true;
        }

        if (EnglishWords.IsHyphenatedCompound(first + "-" + second) || !_producerHyphenates)
        {
            return false;
        }

        if (Prefixes.Contains(first) && (!SyllablePrefixes.Contains(first) || _words.Contains(second)))
        {
            return false;
        }

        if (EnglishWords.IsDictionaryWord(first + second))
        {
            return true;
        }

        return !(_words.Contains(first) && _words.Contains(second));
    }
}
