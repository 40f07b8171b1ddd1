namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Decides whether a hyphen at a line end was put there by the producer (remove it) or by the author
/// (keep it), from the evidence of the document itself, in this order:
/// the hyphenated form written mid-line elsewhere: the author's; the word written whole elsewhere: the
/// producer's; a compound prefix (multi-, self-, non-): the author's; both halves used as words
/// elsewhere (follow-up, child-centred): the author's; otherwise the producer's ("com-missioned").
/// </summary>
internal sealed class HyphenJudge
{
    private static readonly HashSet<string> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "multi", "self", "non", "co", "ex", "pre", "post", "anti", "inter", "cross", "well", "long", "short", "full", "part",
        "half", "semi", "sub", "under", "over", "step", "grand", "great", "mid", "pro", "counter", "re", "de", "un", "out",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "one", "two", "three", "four", "five",
        "high", "low", "first", "second", "third", "single", "joint", "front", "pan", "extra", "intra", "socio", "x", "e",
    };

    private readonly string _text;
    private readonly HashSet<int> _lineEnds;
    private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _hyphenatedMidLine = new(StringComparer.OrdinalIgnoreCase);

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
            _hyphenatedMidLine.Add(word);
        }
    }

    public bool IsFromLayout(int hyphen)
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

        var first = _text[start..hyphen];
        var second = _text[(hyphen + 1)..end];
        if (first.Length == 0 || second.Length == 0)
        {
            return false;
        }

        if (_hyphenatedMidLine.Contains(first + "-" + second))
        {
            return false;
        }

        if (_words.Contains(first + second))
        {
            return true;
        }

        if (Prefixes.Contains(first))
        {
            return false;
        }

        return !(_words.Contains(first) && _words.Contains(second));
    }
}
