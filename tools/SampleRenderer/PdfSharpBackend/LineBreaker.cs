namespace SampleRenderer.PdfSharpBackend;

/// <summary>A laid-out line: its words and whether it ends the paragraph (last lines are not justified).</summary>
public sealed record TextLine(IReadOnlyList<Word> Words, bool IsLast)
{
    public double NaturalWidth(double space) => Words.Sum(w => w.Width) + (space * Math.Max(0, Words.Count - 1));

    public IEnumerable<string> Notes => Words.SelectMany(w => w.Notes);
}

/// <summary>
/// Greedy word wrapping to a fixed width. When hyphenation is on, a word that does not fit may be
/// broken after one of its own hyphens (compounds such as "multi-agency"); never elsewhere.
/// </summary>
public static class LineBreaker
{
    public static List<TextLine> Break(IReadOnlyList<Word> words, double width, double space, bool hyphenate, PdfFonts fonts)
    {
        var lines = new List<TextLine>();
        var line = new List<Word>();
        var used = 0.0;
        var pending = new Stack<Word>(words.Reverse());
        while (pending.Count > 0)
        {
            var word = pending.Pop();
            var start = line.Count == 0 ? 0 : used + space;
            if (start + word.Width <= width)
            {
                line.Add(word);
                used = start + word.Width;
                continue;
            }

            var split = hyphenate ? Words.SplitAtHyphen(word, width - start, fonts) : null;
            if (split is { } parts)
            {
                line.Add(parts.Head);
                pending.Push(parts.Tail);
            }
            else if (line.Count == 0)
            {
                line.Add(word); // longer than the whole line: let it overflow rather than loop
            }
            else
            {
                pending.Push(word);
            }

            lines.Add(new TextLine(line, false));
            line = [];
            used = 0;
        }

        if (line.Count > 0)
        {
            lines.Add(new TextLine(line, true));
        }
        else if (lines.Count > 0)
        {
            lines[^1] = lines[^1] with { IsLast = true };
        }

        return lines;
    }
}
