using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Cuts a Docstrum block where its lines stand more than a blank line apart, before the reading order
/// is worked out. Docstrum can join a line that stands on its own (a centred running header) to the
/// column below it when the header overlaps that column; the block then starts at the header, above
/// every column, and spans the page, so the reading-order detector put the whole right column in front
/// of the left (s76 page 8: "Held overnight: ..." over the right column's "ern slavery, ...", read
/// before "Appendix 3: Abbreviations"). Lines of one block are never that far apart otherwise: Docstrum
/// itself ends a block at a paragraph's spacing.
/// </summary>
internal static class BlankLineSplitter
{
    /// <summary>A gap between two lines of a block wider than this many times the type size is a blank line or more.</summary>
    private const double BlankLine = 1.5;

    /// <summary>
    /// A gap this many times the type size parts the rows of a table whose cells wrap: Docstrum joins each column's
    /// cells into one block ("DASH" and "DVPN / DVPO"; their meanings, two lines each, in another), so no row lines up
    /// with the next column. Ordinary spacing between list items or paragraphs comes this close too, so the cut is only
    /// kept where a table appears (<see cref="TableAwareOrder"/>).
    /// </summary>
    private const double TableRow = 0.9;

    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks) => Split(blocks, BlankLine, byLine: false);

    /// <summary>
    /// Cuts at a table row's spacing, measured against the type of the two lines on either side of the gap: a heading
    /// that layout joined to the table's first cells ("Section G: Glossary" over "Term" and "DASH", s65) would make
    /// the block's type, and so the spacing it takes for a row, twice as large.
    /// </summary>
    public static IReadOnlyList<TextBlock> SplitTableRows(IReadOnlyList<TextBlock> blocks) => Split(blocks, TableRow, byLine: true);

    private static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks, double gapInSizes, bool byLine)
    {
        var result = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var parts = Parts(block, gapInSizes, byLine);
            if (parts.Count < 2)
            {
                result.Add(block);
                continue;
            }

            result.AddRange(parts.Select(lines => new TextBlock(lines, "\n")));
        }

        return result;
    }

    private static List<List<TextLine>> Parts(TextBlock block, double gapInSizes, bool byLine)
    {
        if (block.TextLines.Count < 2)
        {
            return [];
        }

        var lines = block.TextLines.OrderByDescending(l => l.BoundingBox.Top).ToList();
        var size = TypeSize(lines);
        var parts = new List<List<TextLine>> { new() { lines[0] } };
        var lineSizes = byLine ? lines.Select(l => TypeSize([l])).ToList() : null;
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = parts[^1].Min(l => l.BoundingBox.Bottom) - lines[i].BoundingBox.Top;
            var scale = lineSizes is null ? size : Math.Min(lineSizes[i - 1], lineSizes[i]);
            if (scale > 0 && gap > gapInSizes * scale)
            {
                parts.Add([]);
            }

            parts[^1].Add(lines[i]);
        }

        return parts;
    }

    /// <summary>The type size most of the block's letters have (a large heading letter does not widen it).</summary>
    private static double TypeSize(List<TextLine> lines)
    {
        var sizes = lines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize).Order().ToList();
        return sizes.Count == 0 ? 0 : sizes[sizes.Count / 2];
    }
}
