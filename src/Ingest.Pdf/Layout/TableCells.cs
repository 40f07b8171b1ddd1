using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Gathers each cell of a table into one block. Docstrum does not know a cell's lines belong together:
/// it can give a cell's second line a block of its own ("Merrow Valley Police;" / "Compass Youth", s55),
/// which sits in no row because its top lines up with nothing, and it can join the last line of an
/// owner cell to the first line of the evidence cell beside it when the gutter is narrow. So each row's
/// blocks are cut at the column edges, and a block that starts in a column just below a cell's last
/// line (one line's leading, not a row's padding) is read as the rest of that cell.
/// </summary>
internal static class TableCells
{
    private const double Tolerance = 3.0;

    /// <summary>The table's cells in reading order and the page blocks they were made from.</summary>
    public sealed record Table(IReadOnlyList<TextBlock> Cells, IReadOnlySet<TextBlock> Consumed);

    public static Table Read(List<List<TextBlock>> rows, IReadOnlyList<TextBlock> all)
    {
        var columns = ColumnLefts(rows);
        var cells = new SortedDictionary<(int Row, int Column), List<TextLine>>();
        var consumed = new HashSet<TextBlock>();
        var ordered = rows.OrderByDescending(r => r[0].BoundingBox.Top).ToList();
        for (var row = 0; row < ordered.Count; row++)
        {
            foreach (var block in ordered[row])
            {
                AddToRow(cells, row, columns, block);
                consumed.Add(block);
            }
        }

        foreach (var block in all.Where(b => !consumed.Contains(b)).OrderByDescending(b => b.BoundingBox.Top))
        {
            var owner = CellAbove(cells, columns, block);
            if (owner is { } cell)
            {
                cells[cell].AddRange(block.TextLines);
                consumed.Add(block);
            }
        }

        var blocks = cells.Values
            .Select(lines => new TextBlock(lines.OrderByDescending(l => l.BoundingBox.Top).ToList(), "\n"))
            .ToList();
        return new Table(blocks, consumed);
    }

    /// <summary>
    /// The page's blocks with each block that starts at a column's left edge and runs across the next
    /// column's edge (a word starting there after a gap wider than a word space) cut into one block per
    /// column. A joined row can stand above the rows found so far (s56's panel table) or below them (s55).
    /// </summary>
    public static IReadOnlyList<TextBlock> CutAtColumns(IReadOnlyList<TextBlock> blocks, List<double> columns)
    {
        var result = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var parts = !columns.Any(c => Math.Abs(c - block.BoundingBox.Left) <= Tolerance)
                ? []
                : block.TextLines.SelectMany(l => CutLine(l, columns)).GroupBy(p => p.Column).ToList();
            if (parts.Count < 2)
            {
                result.Add(block);
                continue;
            }

            result.AddRange(parts.OrderBy(g => g.Key).Select(g => new TextBlock(g.Select(p => p.Line).ToList(), "\n")));
        }

        return result;
    }

    /// <summary>The left edges of the table's columns, from the blocks of its rows.</summary>
    public static List<double> ColumnLefts(List<List<TextBlock>> rows)
    {
        var lefts = new List<double>();
        foreach (var left in rows.SelectMany(r => r).Select(b => b.BoundingBox.Left).Order())
        {
            if (lefts.Count == 0 || left - lefts[^1] > Tolerance)
            {
                lefts.Add(left);
            }
        }

        return lefts;
    }

    private static void AddToRow(SortedDictionary<(int Row, int Column), List<TextLine>> cells, int row, List<double> columns, TextBlock block)
    {
        foreach (var line in block.TextLines)
        {
            foreach (var (column, part) in CutLine(line, columns))
            {
                if (!cells.TryGetValue((row, column), out var lines))
                {
                    lines = [];
                    cells[(row, column)] = lines;
                }

                lines.Add(part);
            }
        }
    }

    /// <summary>
    /// A line cut where a word starts at another column's left edge after a gap wider than a word space
    /// (half an em, and half as wide again as the line's usual gap, so a justified line's stretched
    /// spaces are no gutter: s18): the end of one cell and the start of the next, joined by layout
    /// across a narrow gutter.
    /// </summary>
    private static IEnumerable<(int Column, TextLine Line)> CutLine(TextLine line, List<double> columns)
    {
        var words = line.Words.OrderBy(w => w.BoundingBox.Left).ToList();
        var gaps = words.Zip(words.Skip(1), (a, b) => b.BoundingBox.Left - a.BoundingBox.Right).Order().ToList();
        var wordSpace = gaps.Count == 0 ? 0 : gaps[(gaps.Count - 1) / 2];
        var part = new List<Word> { words[0] };
        var column = ColumnOf(words[0].BoundingBox.Left, columns);
        for (var i = 1; i < words.Count; i++)
        {
            var left = words[i].BoundingBox.Left;
            var gap = left - words[i - 1].BoundingBox.Right;
            var starts = columns.FindIndex(c => Math.Abs(c - left) <= Tolerance);
            if (starts > column && gap >= Math.Max(4, 0.5 * Size(words[i])) && gap >= 1.5 * wordSpace)
            {
                yield return (column, new TextLine(part, " "));
                part = [];
                column = starts;
            }

            part.Add(words[i]);
        }

        yield return (column, new TextLine(part, " "));
    }

    /// <summary>
    /// The cell a stray block continues: it starts at a column's left edge, stays inside the column, and
    /// its top is no more than a line's leading below the lowest line of a cell in that column.
    /// </summary>
    private static (int Row, int Column)? CellAbove(SortedDictionary<(int Row, int Column), List<TextLine>> cells, List<double> columns, TextBlock block)
    {
        var box = block.BoundingBox;
        var column = columns.FindIndex(c => Math.Abs(c - box.Left) <= Tolerance);
        if (column < 0 || (column + 1 < columns.Count && box.Right > columns[column + 1] - 1))
        {
            return null;
        }

        var size = block.TextLines.SelectMany(l => l.Words).Select(Size).DefaultIfEmpty(0).Max();
        foreach (var (key, lines) in cells.Where(c => c.Key.Column == column))
        {
            var gap = lines.Min(l => l.BoundingBox.Bottom) - box.Top;
            if (gap >= -Tolerance && gap <= 0.9 * size)
            {
                return key;
            }
        }

        return null;
    }

    private static double Size(Word word) => word.Letters.Select(l => l.PointSize).DefaultIfEmpty(0).Max();

    private static int ColumnOf(double left, List<double> columns)
    {
        var index = columns.FindLastIndex(c => c <= left + Tolerance);
        return Math.Max(0, index);
    }
}
