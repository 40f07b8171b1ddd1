using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// A table as one slice per row. Cell text wraps within its column; the header row is bold,
/// keeps with the first row and is repeated at the top of each new column the table runs into.
/// Rules: every cell border when <c>{.ruled}</c>, else only a rule under the header row.
/// </summary>
public sealed class TableSlicer(PdfFonts fonts, FrontMatter front)
{
    // Space between a cell's border and its text (front matter table_padding, default 3 pt): two cells side by
    // side stand twice this apart.
    private double Padding => front.TablePadding;

    private const double RuleWidth = 0.5;

    public List<Slice> Slices(TableBlock table, double width, double spaceBefore)
    {
        var fractions = TableColumns.Fractions(table, width, fonts.Table.Size, Padding);
        var edges = new double[fractions.Length + 1];
        for (var c = 0; c < fractions.Length; c++)
        {
            edges[c + 1] = edges[c] + (fractions[c] * width);
        }

        var header = Row(table.Header, edges, table.Ruled, isHeader: true) with { KeepWithNext = true };
        var slices = new List<Slice> { header with { SpaceBefore = spaceBefore } };
        slices.AddRange(table.Rows.Select(r => Row(r, edges, table.Ruled, isHeader: false) with { Header = header }));
        return slices;
    }

    private Slice Row(IReadOnlyList<IReadOnlyList<Inline>> cells, double[] edges, bool ruled, bool isHeader)
    {
        var regular = isHeader ? fonts.TableBold : fonts.Table;
        var lineHeight = PdfFonts.LineHeight(regular);
        var text = new TextSlicer(fonts);
        var ops = new List<DrawOp>();
        var notes = new List<string>();
        var maxLines = 1;
        for (var c = 0; c < cells.Count; c++)
        {
            var cellWidth = edges[c + 1] - edges[c] - (2 * Padding);
            var lines = BlockSlicer.Wrap(cells[c], regular, fonts.TableBold, cellWidth, fonts, front.Hyphenate);
            maxLines = Math.Max(maxLines, lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var lineOps = text.LineOps(lines[i], regular, edges[c] + Padding, cellWidth, false, fonts.Width(" ", regular));
                ops.AddRange(lineOps.Select(op => op.Offset(0, Padding + (i * lineHeight))));
                notes.AddRange(lines[i].Notes);
            }
        }

        var height = (maxLines * lineHeight) + (2 * Padding);
        ops.AddRange(Rules(edges, height, ruled, isHeader));
        return new Slice(height, ops) { Notes = notes };
    }

    private static IEnumerable<DrawOp> Rules(double[] edges, double height, bool ruled, bool isHeader)
    {
        var right = edges[^1];
        if (!ruled)
        {
            return isHeader ? [new RuleOp(0, height, right, height, 0.75)] : [];
        }

        // Each row draws its bottom and its verticals; the header (first row of every column) its top too.
        var rules = new List<DrawOp> { new RuleOp(0, height, right, height, RuleWidth) };
        if (isHeader)
        {
            rules.Add(new RuleOp(0, 0, right, 0, RuleWidth));
        }

        rules.AddRange(edges.Select(x => new RuleOp(x, 0, x, height, RuleWidth)));
        return rules;
    }
}
