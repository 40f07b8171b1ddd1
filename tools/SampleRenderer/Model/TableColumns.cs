namespace SampleRenderer.Model;

/// <summary>
/// Relative column widths for a table, shared by the backends so the same sample gets similar
/// tables from every producer. Each column first gets room for its longest word (so a date is not
/// broken in the middle), then the rest of the width goes to columns with more text.
/// </summary>
public static class TableColumns
{
    // Average advance of a character as a fraction of the font size, generous for bold header text.
    private const double CharWidth = 0.5;

    public static double[] Fractions(TableBlock table, double tableWidthPt, double fontSizePt, double cellPaddingPt)
    {
        var rows = new[] { table.Header }.Concat(table.Rows).Select(r => r.Select(InlineText.Plain).ToList()).ToList();
        var columns = Enumerable.Range(0, table.ColumnCount).ToList();
        var minimum = columns
            .Select(c => rows.Max(r => LongestWord(r[c])) * CharWidth * fontSizePt + (2 * cellPaddingPt) + 1)
            .ToArray();
        var weights = columns
            .Select(c => Math.Sqrt(Math.Clamp(rows.Max(r => r[c].Length), 6, 400)))
            .ToArray();

        var spare = tableWidthPt - minimum.Sum();
        var widths = spare <= 0
            ? minimum
            : columns.Select(c => minimum[c] + (spare * weights[c] / weights.Sum())).ToArray();
        var total = widths.Sum();
        return widths.Select(w => w / total).ToArray();
    }

    private static int LongestWord(string text) =>
        text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => w.Length).DefaultIfEmpty(0).Max();
}
