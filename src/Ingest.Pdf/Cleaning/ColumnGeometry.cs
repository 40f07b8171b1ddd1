using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// The text columns of one page, seen from its body lines: lines that start at the same left edge
/// (within 3 pt) share a column, whose right edge is the furthest any of them reaches.
/// </summary>
internal sealed class ColumnGeometry
{
    /// <summary>Left edges that run on from one line to the next by no more than this share a cell column.</summary>
    private const float CellStep = 2;

    private readonly List<(float Left, float Right, float Top)> _columns = [];

    private readonly List<(float Left, float MaxLeft, float Right)> _cellColumns = [];

    private readonly IReadOnlyList<LayoutLine> _lines;

    private readonly Dictionary<int, bool> _besideAnother = [];

    public ColumnGeometry(IReadOnlyList<LayoutLine> lines)
    {
        _lines = lines;
        foreach (var group in lines.GroupBy(l => MathF.Round(l.Box.Left / 3)))
        {
            _columns.Add((group.Min(l => l.Box.Left), group.Max(l => l.Box.Right), group.Max(l => l.Box.Top)));
        }

        foreach (var line in lines.OrderBy(l => l.Box.Left))
        {
            if (_cellColumns.Count > 0 && line.Box.Left - _cellColumns[^1].MaxLeft <= CellStep)
            {
                var c = _cellColumns[^1];
                _cellColumns[^1] = (c.Left, line.Box.Left, Math.Max(c.Right, line.Box.Right));
            }
            else
            {
                _cellColumns.Add((line.Box.Left, line.Box.Left, line.Box.Right));
            }
        }
    }

    /// <summary>
    /// The line ended because the next word did not fit, not because its paragraph ended: the next
    /// word (and a space) would have run past the right edge of the lines that share its left edge.
    /// Works for ragged-right text as well as justified.
    /// </summary>
    /// <param name="next">The line read after it, if any: see <see cref="WrapsInCell"/>.</param>
    public bool IsFull(LayoutLine line, double nextWordWidth, LayoutLine? next = null)
    {
        var column = Find(line);
        return (column is { } c && Reaches(line, nextWordWidth, c.Right)) || WrapsInCell(line, nextWordWidth, next);
    }

    /// <summary>
    /// A table cell set a few points in from the body text's edge (s08's cell padding: 74 pt against
    /// 71) was measured against the body text's right edge, so every line of a cell looked like a
    /// paragraph's last. Measured against the lines that start exactly where it starts, it is full; but
    /// a column of short cells (a glossary's terms, one a row) looks full too, so the next line must
    /// also sit at an ordinary line's distance below, not a row's padding further down.
    /// </summary>
    private bool WrapsInCell(LayoutLine line, double nextWordWidth, LayoutLine? next)
    {
        if (next is null || next.Page != line.Page || Math.Abs(next.Box.Left - line.Box.Left) > CellStep)
        {
            return false;
        }

        var pitch = line.Baseline - next.Baseline;
        if (pitch < line.Size * 0.8 || pitch > line.Size * 1.4)
        {
            return false;
        }

        var left = line.Box.Left;
        var cell = _cellColumns.FirstOrDefault(c => left >= c.Left && left <= c.MaxLeft);
        return (cell.Right > 0 && Reaches(line, nextWordWidth, cell.Right))
            || (next.Block == line.Block && BesideAnother(line) && Reaches(line, nextWordWidth, BlockRight(line)));
    }

    /// <summary>
    /// The right edge of the lines of the line's own layout block that start where it starts. A cell
    /// padded 2 pt in from the body text (Chromium's tables, s89: 73 pt against 71) chains into the
    /// body's cell column above, so the column measure is the body's width again; the cell's block is not.
    /// </summary>
    private float BlockRight(LayoutLine line) =>
        _lines.Where(l => l.Block == line.Block && Math.Abs(l.Box.Left - line.Box.Left) <= CellStep).Max(l => l.Box.Right);

    /// <summary>
    /// A line of another block stands level with a line of this one, to its right or left: the block is
    /// a table cell (or a text column). A signature block or an address at the body's left stands
    /// alone, and its widest line, "full" by its own block, must not run into the next.
    /// </summary>
    private bool BesideAnother(LayoutLine line)
    {
        // Asked for many lines of one block: answered once a block, or a long block would cost lines squared each time.
        if (!_besideAnother.TryGetValue(line.Block, out var beside))
        {
            beside = _lines.Where(own => own.Block == line.Block).Any(own => _lines.Any(l => l.Block != own.Block
                && Math.Abs(l.Baseline - own.Baseline) < own.Size * 0.5
                && (l.Box.Left > own.Box.Right + own.Size || l.Box.Right < own.Box.Left - own.Size)));
            _besideAnother[line.Block] = beside;
        }

        return beside;
    }

    private static bool Reaches(LayoutLine line, double nextWordWidth, float right) =>
        line.Box.Right + nextWordWidth + (line.Size * 0.25) >= right - 1;

    /// <summary>No line of the line's column starts above it on the page.</summary>
    public bool IsColumnTop(LayoutLine line)
    {
        var column = Find(line);
        return column is { } c && line.Box.Top >= c.Top - 0.5;
    }

    private (float Left, float Right, float Top)? Find(LayoutLine line)
    {
        foreach (var c in _columns)
        {
            if (Math.Abs(c.Left - line.Box.Left) <= 3)
            {
                return c;
            }
        }

        return null;
    }
}
