using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>One glyph, already normalised (ligatures expanded, odd bullets unified).</summary>
public sealed record Glyph(string Value, PageBox Box, double Size, bool Bold);

/// <summary>A word: glyphs that belong together, in reading order.</summary>
public sealed record LayoutWord(IReadOnlyList<Glyph> Glyphs, PageBox Box)
{
    public string Text => string.Concat(Glyphs.Select(g => g.Value));

    public double Size => Glyphs.Count == 0 ? 0 : Glyphs.Max(g => g.Size);

    public bool Bold => Glyphs.Count > 0 && Glyphs.All(g => g.Bold || !char.IsLetterOrDigit(g.Value, 0));
}

/// <summary>A line of words sharing a baseline inside one layout block.</summary>
public sealed record LayoutLine(int Page, int Block, IReadOnlyList<LayoutWord> Words, PageBox Box)
{
    public string Text => string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The size most of the line's glyphs have (superscripts do not pull it down).</summary>
    public double Size
    {
        get
        {
            var sizes = Words.SelectMany(w => w.Glyphs).Select(g => Math.Round(g.Size, 1)).ToList();
            return sizes.Count == 0 ? 0 : sizes.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        }
    }

    public bool Bold => Words.Count > 0 && Words.All(w => w.Bold);
}

/// <summary>A horizontal rule drawn on the page (footnote separators, table borders).</summary>
public sealed record Rule(PageBox Box)
{
    public double Width => Box.Right - Box.Left;
}

/// <summary>A page as the cleaners see it: lines in reading order, rules, and whether it is a scan.</summary>
public sealed record LayoutPage(int Number, float Width, float Height, IReadOnlyList<LayoutLine> Lines, IReadOnlyList<Rule> Rules, bool ImageOnly);
