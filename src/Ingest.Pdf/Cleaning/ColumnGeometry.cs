using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// The text columns of one page, seen from its body lines: lines that start at the same left edge
/// (within 3 pt) share a column, whose right edge is the furthest any of them reaches.
/// </summary>
internal sealed class ColumnGeometry
{
    private readonly List<(float Left, float Right, float Top)> _columns = [];

    public ColumnGeometry(IReadOnlyList<LayoutLine> lines)
    {
        foreach (var group in lines.GroupBy(l => MathF.Round(l.Box.Left / 3)))
        {
            _columns.Add((group.Min(l => l.Box.Left), group.Max(l => l.Box.Right), group.Max(l => l.Box.Top)));
        }
    }

    /// <summary>
    /// The line ended because the next word did not fit, not because its paragraph ended: the next
    /// word (and a space) would have run past the right edge of the lines that share its left edge.
    /// Works for ragged-right text as well as justified.
    /// </summary>
    public bool IsFull(LayoutLine line, double nextWordWidth)
    {
        var column = Find(line);
        return column is { } c && line.Box.Right + nextWordWidth + (line.Size * 0.25) >= c.Right - 1;
    }

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
