using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Splits a layout block that holds several columns (a borderless table, or two text columns that
/// Docstrum merged) at the vertical white channels that run through it. Cells whose tops line up
/// across columns are a table and are read row by row; otherwise the columns are read one after the other.
/// </summary>
internal static partial class BlockSplitter
{
    public static IReadOnlyList<IReadOnlyList<LayoutWord>> Split(IReadOnlyList<LayoutWord> words)
    {
        if (words.Count < 4)
        {
            return [words];
        }

        var size = words.Select(w => w.Size).Order().ElementAt(words.Count / 2);
        var lineCount = words.Select(w => Math.Round(w.Box.Bottom / (size * 0.6))).Distinct().Count();
        if (lineCount < 3)
        {
            return [words];
        }

        // Word spaces are about a quarter of the font size and never line up down a whole block;
        // a gutter of 0.6 em that does is a column boundary, even in a tight table.
        var columns = SplitAtChannels(words, Math.Max(size * 0.6, 5));
        if (columns.Count < 2 || (columns.Count == 2 && columns[0].All(w => IsLabel(w.Text))))
        {
            // A hanging list label or footnote number beside its text is not a table column.
            return [words];
        }

        var cells = columns.Select((c, i) => SplitAtGaps(c, size).Select(cell => (Column: i, Words: cell, Top: cell.Max(w => w.Box.Top))).ToList()).ToList();
        var all = cells.SelectMany(c => c).ToList();
        var aligned = all.Count(c => all.Any(o => o.Column != c.Column && Math.Abs(o.Top - c.Top) <= 2.5));
        if (aligned * 2 >= all.Count)
        {
            // Row by row: cluster tops, then left to right.
            return all.OrderByDescending(c => Math.Round(c.Top / 3.0)).ThenBy(c => c.Column).Select(c => (IReadOnlyList<LayoutWord>)c.Words).ToList();
        }

        return all.OrderBy(c => c.Column).ThenByDescending(c => c.Top).Select(c => (IReadOnlyList<LayoutWord>)c.Words).ToList();
    }

    private static List<List<LayoutWord>> SplitAtChannels(IReadOnlyList<LayoutWord> words, double minGap)
    {
        var spans = words.Select(w => (w.Box.Left, w.Box.Right)).OrderBy(s => s.Left).ToList();
        var cuts = new List<double>();
        var reach = spans[0].Right;
        foreach (var (left, right) in spans.Skip(1))
        {
            if (left - reach >= minGap)
            {
                cuts.Add((left + reach) / 2);
            }

            reach = Math.Max(reach, right);
        }

        cuts.RemoveAll(c => !WiderThanWordGaps(words, c));
        if (cuts.Count == 0)
        {
            return [words.ToList()];
        }

        return words.GroupBy(w => cuts.Count(c => c < w.Box.Left)).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
    }

    /// <summary>
    /// A column gutter is much wider than the word gaps of the lines it crosses; justified text in a
    /// narrow column can line its stretched gaps up by chance, but there the gap at the "channel" is no
    /// wider than the line's other gaps.
    /// </summary>
    private static bool WiderThanWordGaps(IReadOnlyList<LayoutWord> words, double cut)
    {
        var ratios = new List<double>();
        foreach (var line in words.GroupBy(w => Math.Round(w.Box.Bottom)))
        {
            var ordered = line.OrderBy(w => w.Box.Left).ToList();
            var gaps = ordered.Zip(ordered.Skip(1), (a, b) => (Left: a.Box.Right, Gap: (double)(b.Box.Left - a.Box.Right))).ToList();
            var at = gaps.FindIndex(g => g.Left <= cut && g.Left + g.Gap >= cut);
            if (at < 0)
            {
                continue;
            }

            var others = gaps.Where((_, i) => i != at).Select(g => g.Gap).Order().ToList();
            ratios.Add(others.Count == 0 ? 3 : gaps[at].Gap / Math.Max(0.5, others[others.Count / 2]));
        }

        return ratios.Count > 0 && ratios.Order().ElementAt(ratios.Count / 2) >= 1.8;
    }

    /// <summary>A column's words split where the vertical gap between lines is wider than a line.</summary>
    private static List<List<LayoutWord>> SplitAtGaps(List<LayoutWord> column, double size)
    {
        var lines = column.GroupBy(w => Math.Round(((w.Box.Top + w.Box.Bottom) / 2) / (size * 0.6)))
            .Select(g => g.ToList())
            .OrderByDescending(l => l.Max(w => w.Box.Top))
            .ToList();
        var cells = new List<List<LayoutWord>> { new(lines[0]) };
        for (var i = 1; i < lines.Count; i++)
        {
            var gap = lines[i - 1].Min(w => w.Box.Bottom) - lines[i].Max(w => w.Box.Top);
            if (gap > size * 0.9)
            {
                cells.Add([]);
            }

            cells[^1].AddRange(lines[i]);
        }

        return cells;
    }

    private static bool IsLabel(string text) => LabelPattern().IsMatch(text);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:[•\-–*†‡]|\(?[a-zA-Z]\)|\(?[ivxlc]{1,5}\)|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z]{1,3}\d{1,2}[.:]?)$")]
    private static partial System.Text.RegularExpressions.Regex LabelPattern();

    internal static PageBox Bounds(IEnumerable<LayoutWord> words) => words.Select(w => w.Box).Aggregate(PageBox.Union);
}
