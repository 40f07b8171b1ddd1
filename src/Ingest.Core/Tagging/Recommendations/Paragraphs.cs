namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// The paragraphs of a stretch of cleaned text, trimmed: list items, table cells and headings are
/// paragraphs there ("\n\n"). A single line break after a full stop also ends one, so that a heading the
/// cleaner joined to the item before it is not read as part of that item.
/// </summary>
internal static class Paragraphs
{
    public static IEnumerable<(int Start, int End)> Split(string text, int from, int to)
    {
        var start = from;
        for (var i = from; i < to; i++)
        {
            var breaks = text[i] == '\n' && (NextIsNewline(text, i, to) || EndsSentence(text, start, i));
            if (breaks)
            {
                if (Trim(text, start, i) is { } p)
                {
                    yield return p;
                }

                start = i + 1;
            }
        }

        if (Trim(text, start, to) is { } last)
        {
            yield return last;
        }
    }

    private static bool NextIsNewline(string text, int i, int to) => i + 1 < to && text[i + 1] == '\n';

    private static bool EndsSentence(string text, int start, int i)
    {
        var j = i - 1;
        while (j >= start && text[j] is ' ' or '\t' or '\r')
        {
            j--;
        }

        return j >= start && text[j] is '.' or '!' or '?';
    }

    private static (int Start, int End)? Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return end > start ? (start, end) : null;
    }
}
