using PdfSharp.Drawing;
using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// Lays out one body block at a given column width and returns its slices: headings in bold at
/// larger sizes, paragraphs, bullet items (glyph in the indent), hanging-indent items (the label in
/// the indent) and tables (delegated to <see cref="TableSlicer"/>).
/// </summary>
public sealed class BlockSlicer(PdfFonts fonts, FrontMatter front)
{
    private const double BulletIndent = 10;
    private const double BulletTextIndent = 24;
    private const double HangingIndent = 32;
    private const double QuoteIndent = 28;

    private readonly TextSlicer _text = new(fonts);

    public List<Slice> Slices(Block block, double width, Block? previous) => block switch
    {
        HeadingBlock h => Heading(h, width),
        ParagraphBlock { Quote: true } q => Text(q.Content, QuoteIndent, width - QuoteIndent, false, SpaceAfterPrevious(previous)),
        ParagraphBlock p => Text(p.Content, 0, width, front.Justify, SpaceAfterPrevious(previous)),
        BulletItemBlock b => Bullet(b, width, previous),
        HangingItemBlock l => Hanging(l, width, previous),
        TableBlock t => new TableSlicer(fonts, front).Slices(t, width, SpaceAfterPrevious(previous)),
        _ => [],
    };

    private static double SpaceAfterPrevious(Block? previous) => previous is HeadingBlock ? 2 : 6;

    private List<Slice> Heading(HeadingBlock h, double width)
    {
        var font = fonts.Headings[h.Level - 1];
        var lines = LineBreaker.Break(Words.From(h.Content, fonts, font, font), width, fonts.Width(" ", font), false, fonts);
        var spaceBefore = h.Level switch { 1 => 16, 2 => 11, _ => 8 };
        var slices = _text.Slices(lines, font, 0, width, false, spaceBefore);

        // A heading is never left at the foot of a column: every line keeps with the next slice.
        return slices.Select((s, i) => s with { KeepWithNext = true, Anchor = i == 0 ? h.Anchor : null }).ToList();
    }

    private List<Slice> Text(IReadOnlyList<Inline> content, double x, double width, bool justify, double spaceBefore)
    {
        var words = Words.From(content, fonts, fonts.Body, fonts.Bold);
        var lines = LineBreaker.Break(words, width - x, fonts.Width(" ", fonts.Body), front.Hyphenate, fonts);
        return _text.Slices(lines, fonts.Body, x, width - x, justify, spaceBefore);
    }

    private List<Slice> Bullet(BulletItemBlock b, double width, Block? previous)
    {
        var spaceBefore = previous is BulletItemBlock ? 3 : SpaceAfterPrevious(previous);
        var slices = Text(b.Content, BulletTextIndent, width, front.Justify, spaceBefore);
        return WithLabel(slices, "\u2022", BulletIndent);
    }

    private List<Slice> Hanging(HangingItemBlock l, double width, Block? previous)
    {
        var spaceBefore = previous is HangingItemBlock ? 4 : SpaceAfterPrevious(previous);

        // The text starts at the hanging indent, or after the label if the label is wider.
        var indent = Math.Max(HangingIndent, fonts.Width(l.Label, fonts.Body) + fonts.Width("  ", fonts.Body));
        var slices = Text(l.Content, indent, width, front.Justify, spaceBefore);
        return WithLabel(slices, l.Label, 0);
    }

    /// <summary>Draws a bullet or label at <paramref name="x"/> on the first line of an item.</summary>
    private List<Slice> WithLabel(List<Slice> slices, string label, double x)
    {
        var op = new TextOp(x, PdfFonts.Ascent(fonts.Body), label, fonts.Body);
        if (slices.Count == 0)
        {
            return [new Slice(PdfFonts.LineHeight(fonts.Body), [op])];
        }

        slices[0] = slices[0] with { Ops = slices[0].Ops.Prepend(op).ToList() };
        return slices;
    }

    /// <summary>Used by the table and contents slicers for wrapped text in a box.</summary>
    public static List<TextLine> Wrap(IEnumerable<Inline> content, XFont regular, XFont bold, double width, PdfFonts fonts, bool hyphenate) =>
        LineBreaker.Break(Words.From(content, fonts, regular, bold), width, fonts.Width(" ", regular), hyphenate, fonts);
}
