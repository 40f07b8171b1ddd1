using Ingest.Core.Documents;
using Ingest.Pdf.Layout;

namespace Ingest.Tests.Support;

/// <summary>Builds layout lines by hand, so cleaning rules can be tested without a PDF.</summary>
internal static class Lines
{
    /// <summary>A line of text at a height, glyphs 0.5 em wide, words 0.25 em apart.</summary>
    public static LayoutLine Make(string text, float top, int page = 1, int block = 0, float left = 72, double size = 11, bool bold = false)
    {
        var words = new List<LayoutWord>();
        var x = left;
        var bottom = (float)(top - size);
        foreach (var w in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var glyphs = new List<Glyph>();
            foreach (var ch in w)
            {
                var box = new PageBox(x, bottom, x + (float)(size * 0.5), top);
                glyphs.Add(new Glyph(ch.ToString(), box, size, bold));
                x += (float)(size * 0.5);
            }

            words.Add(new LayoutWord(glyphs, glyphs.Select(g => g.Box).Aggregate(PageBox.Union)));
            x += (float)(size * 0.25);
        }

        return new LayoutLine(page, block, words, words.Select(w => w.Box).Aggregate(PageBox.Union));
    }

    /// <summary>
    /// A page of lines stacked down from the top at 1.2 em pitch, all in one block, justified as body
    /// text is: every line but the last reaches the right margin.
    /// </summary>
    public static LayoutPage Page(int number, params string[] lines) =>
        PageOf(number, lines.Select((t, i) => Justify(Make(t, 780 - (i * 13.2f), number), i == lines.Length - 1 ? null : 523)).ToList());

    /// <summary>Spreads a line's words so that it ends at the right margin (no change when right is null).</summary>
    public static LayoutLine Justify(LayoutLine line, float? right)
    {
        if (right is null || line.Words.Count < 2)
        {
            return line;
        }

        var extra = (right.Value - line.Box.Right) / (line.Words.Count - 1);
        var words = line.Words.Select((w, i) => Shift(w, extra * i)).ToList();
        return line.WithWords(words, words.Select(w => w.Box).Aggregate(PageBox.Union));
    }

    private static LayoutWord Shift(LayoutWord word, float dx)
    {
        var glyphs = word.Glyphs.Select(g => g with { Box = g.Box with { Left = g.Box.Left + dx, Right = g.Box.Right + dx } }).ToList();
        return new LayoutWord(glyphs, word.Box with { Left = word.Box.Left + dx, Right = word.Box.Right + dx });
    }

    public static LayoutPage PageOf(int number, IReadOnlyList<LayoutLine> lines) => new(number, 595, 842, lines, [], false);
}
