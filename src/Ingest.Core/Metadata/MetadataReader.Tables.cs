using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>A cover's two-column table that extraction has read column by column.</summary>
public sealed partial class MetadataReader
{
    /// <summary>How far around a label the cells of its table are looked for (characters).</summary>
    private const int TableReach = 800;

    /// <summary>
    /// A document control table ("Status | Final", "Approved | 2025-06-30", "Publication | March 2026") often
    /// comes out of a PDF as its first column and then its second, each cell a line: the labels, then the values.
    /// A label that is its whole line takes the value at its place counted from the end of both columns (a heading
    /// cell over the labels has no value). Labels are cells without a digit and values short cells with one (no sentence), so the
    /// value column ends at the first cell that is no value; the value must be a date and nearly all its cell.
    /// </summary>
    private static (ReviewDate Date, int Start, int End)? ColumnValue(string text, int labelStart, int labelEnd)
    {
        var (lineStart, lineEnd) = LineAround(text, labelStart, labelEnd);
        if (text[lineStart..labelStart].Trim().Length > 0 || text[labelEnd..lineEnd].Trim().Trim(':').Length > 0)
        {
            return null;
        }

        var cells = Cells(text, Math.Max(0, lineStart - TableReach), Math.Min(text.Length, lineEnd + TableReach));
        var p = cells.FindIndex(c => c.Start == lineStart);
        if (p < 0)
        {
            return null;
        }

        var a = p;
        while (a > 0 && IsLabelCell(cells[a - 1].Text))
        {
            a--;
        }

        var b = p + 1;
        while (b < cells.Count && IsLabelCell(cells[b].Text))
        {
            b++;
        }

        var e = b;
        while (e < cells.Count && IsValueCell(cells[e].Text))
        {
            e++;
        }

        var (labels, values) = (b - a, e - b);
        var index = p - a - (labels - values);
        if (values == 0 || values > labels || index < 0)
        {
            return null;
        }

        var cell = cells[b + index];
        var dates = DateReader.FindAll(cell.Text);
        return dates.Count == 1 && dates[0].End - dates[0].Start >= cell.Text.Length - 3
            ? (dates[0].Date, cell.Start + dates[0].Start, cell.Start + dates[0].End)
            : null;
    }

    /// <summary>Where the line (or lines) holding text[start..end] begins and ends, the line breaks left out.</summary>
    private static (int Start, int End) LineAround(string text, int start, int end)
    {
        var to = text.IndexOf('\n', end);
        return (text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1, to < 0 ? text.Length : to);
    }

    private static bool IsLabelCell(string cell) => cell.Length < 80 && !cell.Any(char.IsDigit);

    private static bool IsValueCell(string cell) => cell.Length < 40 && cell.Any(char.IsDigit) && !cell.EndsWith('.');

    /// <summary>The non-empty lines between two offsets, trimmed, each with where it starts.</summary>
    private static List<(string Text, int Start)> Cells(string text, int from, int to)
    {
        var cells = new List<(string, int)>();
        var at = text.LastIndexOf('\n', Math.Max(0, from - 1)) + 1;
        while (at < to)
        {
            var end = text.IndexOf('\n', at);
            end = end < 0 ? text.Length : end;
            var line = text[at..end];
            var trimmed = line.Trim();
            if (trimmed.Length > 0)
            {
                cells.Add((trimmed, at + line.IndexOf(trimmed, StringComparison.Ordinal)));
            }

            at = end + 1;
        }

        return cells;
    }
}
