using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Puts table cells in row order. The reading-order detector reads a table column by column; a table
/// shows itself as at least two rows of side-by-side blocks whose tops line up and whose left edges
/// repeat from row to row (two columns of running text share a top at most once per page).
/// </summary>
internal static class TableAwareOrder
{
    private const double Tolerance = 3.0;

    private const double MaxCellSizeDifference = 1.5;

    public static IReadOnlyList<TextBlock> Order(IReadOnlyList<TextBlock> blocks, IReadOnlyList<Rule> rules)
    {
        _ = rules;
        if (blocks.Count < 4)
        {
            return blocks;
        }

        var tableRows = FindTable(blocks);
        if (tableRows is null)
        {
            // A table whose cells wrap: each column's cells may be one block. Cut blocks at a row's spacing and look
            // again; keep the cut only if a table of three rows or more appears.
            var rowCut = BlankLineSplitter.SplitTableRows(blocks);
            if (rowCut.Count == blocks.Count || FindTable(rowCut) is not { Count: >= 3 } rows)
            {
                return blocks;
            }

            (blocks, tableRows) = (rowCut, rows);
        }

        // Layout can join a row's cells into one block across a narrow gutter, so the row lines up with
        // nothing and the table seems to end there (s55, s56): cut such blocks at the columns found so far and look again.
        var cut = TableCells.CutAtColumns(blocks, TableCells.ColumnLefts(tableRows));
        if (cut.Count != blocks.Count && FindTable(cut) is { } wider && wider.Count >= tableRows.Count)
        {
            blocks = cut;
            tableRows = wider;
        }

        var table = TableCells.Read(tableRows, blocks);
        var ordered = new List<TextBlock>(blocks.Count);
        var placed = false;
        foreach (var block in blocks)
        {
            if (!table.Consumed.Contains(block))
            {
                ordered.Add(block);
            }
            else if (!placed)
            {
                ordered.AddRange(table.Cells);
                placed = true;
            }
        }

        return ordered;
    }

    /// <summary>The rows of the page's table, top to bottom, or null when the page has none.</summary>
    private static List<List<TextBlock>>? FindTable(IReadOnlyList<TextBlock> blocks)
    {
        var rows = ClusterByTop(blocks).Where(r => Cells(r) >= 2 && Disjoint(r) && OneTypeSize(r)).ToList();
        var tableRows = LongestStack(rows, blocks);
        return tableRows.Count < 2 || PageColumnsRunOn(tableRows, blocks) ? null : tableRows;
    }

    /// <summary>
    /// Blocks of a row that can be cells: a list label that layout set apart from its item ("2." beside
    /// a hanging-indent recommendation) lines up with it but is no cell. Two numbered recommendations
    /// at the foot of a right column, beside the left column's last paragraph, once made a "table"
    /// that pulled them in front of the right column's top (s28).
    /// </summary>
    private static int Cells(List<TextBlock> row) => row.Count(b => !StrayMarks.IsListLabel(b.Text));

    private static List<List<TextBlock>> ClusterByTop(IReadOnlyList<TextBlock> blocks)
    {
        var rows = new List<List<TextBlock>>();
        foreach (var b in blocks.OrderByDescending(b => b.BoundingBox.Top))
        {
            if (rows.Count > 0 && Math.Abs(rows[^1][0].BoundingBox.Top - b.BoundingBox.Top) <= Tolerance)
            {
                rows[^1].Add(b);
            }
            else
            {
                rows.Add([b]);
            }
        }

        return rows.Select(r => r.OrderBy(b => b.BoundingBox.Left).ToList()).ToList();
    }

    /// <summary>
    /// The longest run of rows (top to bottom) with the same column lefts and nothing else between
    /// them in those columns: in running text, other paragraphs sit between two rows that line up by chance.
    /// </summary>
    private static List<List<TextBlock>> LongestStack(List<List<TextBlock>> rows, IReadOnlyList<TextBlock> all)
    {
        var best = new List<List<TextBlock>>();
        var current = new List<List<TextBlock>>();
        foreach (var row in rows)
        {
            if (current.Count > 0 && (!SameColumns(current[^1], row) || SomethingBetween(current[^1], row, all)))
            {
                best = current.Count > best.Count ? current : best;
                current = [];
            }

            current.Add(row);
        }

        return current.Count > best.Count ? current : best;
    }

    /// <summary>
    /// The "rows" are paragraphs of two text columns that happen to line up: every column of the stack
    /// goes on past it with running text of its own, blocks outside the stack that share the column's
    /// left and right edges. LibreOffice sets both columns on one line grid, so paragraphs that break at
    /// the same line line up row after row (s35 page 5, where the right column opens with the end of
    /// the left column's last paragraph). A table's columns other than the first start mid-page, where
    /// no running text starts.
    /// </summary>
    private static bool PageColumnsRunOn(List<List<TextBlock>> stack, IReadOnlyList<TextBlock> all)
    {
        var cells = stack.SelectMany(r => r).ToHashSet();
        var lefts = stack[0].Where(b => !StrayMarks.IsListLabel(b.Text)).Select(b => b.BoundingBox.Left).ToList();
        return lefts.All(left =>
        {
            var column = cells.Where(b => Math.Abs(b.BoundingBox.Left - left) <= Tolerance).ToList();
            var right = column.Max(b => b.BoundingBox.Right);
            var width = right - left;
            return all.Any(b => !cells.Contains(b)
                && Math.Abs(b.BoundingBox.Left - left) <= Tolerance
                && Math.Abs(b.BoundingBox.Right - right) <= Math.Max(2 * Tolerance, width * 0.05)
                && b.TextLines.Count >= 2);
        });
    }

    private static bool SomethingBetween(List<TextBlock> upper, List<TextBlock> lower, IReadOnlyList<TextBlock> all)
    {
        var top = upper.Min(b => b.BoundingBox.Bottom) + Tolerance;
        var bottom = lower[0].BoundingBox.Top;
        return all.Any(b => !upper.Contains(b) && !lower.Contains(b)
            && b.BoundingBox.Top < top && b.BoundingBox.Top > bottom + Tolerance
            && upper.Any(u => Math.Abs(u.BoundingBox.Left - b.BoundingBox.Left) <= Tolerance));
    }

    /// <summary>
    /// Cells of one table row share a type size; a heading beside a paragraph of the other column
    /// (a two-column page whose tops line up by chance) does not.
    /// </summary>
    private static bool OneTypeSize(List<TextBlock> row)
    {
        var sizes = row.Select(TypeSize).ToList();
        return sizes.Max() - sizes.Min() <= MaxCellSizeDifference;
    }

    private static double TypeSize(TextBlock block) =>
        block.TextLines.SelectMany(l => l.Words).SelectMany(w => w.Letters).Select(l => l.PointSize).DefaultIfEmpty(0).Max();

    private static bool Disjoint(List<TextBlock> row)
    {
        for (var i = 1; i < row.Count; i++)
        {
            if (row[i].BoundingBox.Left < row[i - 1].BoundingBox.Right - 1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameColumns(List<TextBlock> a, List<TextBlock> b)
    {
        var matches = a.Count(x => b.Any(y => Math.Abs(x.BoundingBox.Left - y.BoundingBox.Left) <= Tolerance));
        return matches >= 2;
    }
}
