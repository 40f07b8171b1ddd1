using PdfSharp.Drawing;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// Turns wrapped lines into slices, one per line, with word positions worked out (justified when
/// asked). Orphan and widow control come from <see cref="Slice.KeepWithNext"/>: the first two and
/// the last two lines of a paragraph stay together.
/// </summary>
public sealed class TextSlicer(PdfFonts fonts)
{
    public List<Slice> Slices(IReadOnlyList<TextLine> lines, XFont font, double x, double width, bool justify, double spaceBefore)
    {
        var space = fonts.Width(" ", font);
        var height = PdfFonts.LineHeight(font);
        var slices = new List<Slice>();
        for (var i = 0; i < lines.Count; i++)
        {
            var keep = lines.Count >= 2 && (i == 0 || i == lines.Count - 2);
            slices.Add(new Slice(height, LineOps(lines[i], font, x, width, justify, space))
            {
                SpaceBefore = i == 0 ? spaceBefore : 0,
                KeepWithNext = keep,
                Notes = lines[i].Notes.ToList(),
            });
        }

        return slices;
    }

    /// <summary>Draw operations for one line, relative to the line's top-left.</summary>
    public List<DrawOp> LineOps(TextLine line, XFont font, double x, double width, bool justify, double space)
    {
        var gaps = line.Words.Count - 1;
        var gap = space;
        if (justify && !line.IsLast && gaps > 0)
        {
            gap += (width - line.NaturalWidth(space)) / gaps;
        }

        var ops = new List<DrawOp>();
        var baseline = PdfFonts.Ascent(font);
        var cursor = x;
        foreach (var word in line.Words)
        {
            foreach (var fragment in word.Fragments)
            {
                ops.Add(new TextOp(cursor, baseline - fragment.Rise, fragment.Text, fragment.Font));
                cursor += fonts.Width(fragment.Text, fragment.Font);
            }

            cursor += gap;
        }

        return ops;
    }
}
