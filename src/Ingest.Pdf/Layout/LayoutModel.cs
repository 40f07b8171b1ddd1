using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>One glyph, already normalised (ligatures expanded, odd bullets unified).</summary>
public sealed record Glyph(string Value, PageBox Box, double Size, bool Bold);

/// <summary>A word: glyphs that belong together, in reading order.</summary>
public sealed record LayoutWord(IReadOnlyList<Glyph> Glyphs, PageBox Box)
{
    private string? _text;

    public string Text => _text ??= string.Concat(Glyphs.Select(g => g.Value));

    public double Size => Glyphs.Count == 0 ? 0 : Glyphs.Max(g => g.Size);

    public bool Bold => Glyphs.Count > 0 && Glyphs.All(g => g.Bold || !char.IsLetterOrDigit(g.Value, 0));
}

/// <summary>A line of words sharing a baseline inside one layout block.</summary>
public sealed record LayoutLine(int Page, int Block, IReadOnlyList<LayoutWord> Words, PageBox Box)
{
    // Computed once: cleaning asks for a line's text and size many times. The record is only ever
    // changed by "with", which copies these caches, so "with" callers that change Words must not
    // rely on them: WithWords clears them.
    private string? _text;
    private double? _size;
    private float? _baseline;

    public string Text => _text ??= string.Join(' ', Words.Select(w => w.Text));

    /// <summary>The size most of the line's glyphs have (superscripts do not pull it down).</summary>
    public double Size => _size ??= ModeSize();

    /// <summary>Where most glyphs sit: descenders and raised marks do not move it, unlike the box.</summary>
    public float Baseline => _baseline ??= MedianBottom();

    /// <summary>The line with other words (the caches are dropped).</summary>
    public LayoutLine WithWords(IReadOnlyList<LayoutWord> words, PageBox box) => new(Page, Block, words, box);

    private float MedianBottom()
    {
        var bottoms = Words.SelectMany(w => w.Glyphs).Select(g => g.Box.Bottom).Order().ToList();
        return bottoms.Count == 0 ? Box.Bottom : bottoms[bottoms.Count / 2];
    }

    private double ModeSize()
    {
        var sizes = Words.SelectMany(w => w.Glyphs).Select(g => Math.Round(g.Size, 1)).ToList();
        return sizes.Count == 0 ? 0 : sizes.GroupBy(s => s).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
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
