using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Rebuilds lines from a block's words by vertical position: a word joins the line whose vertical
/// extent holds the word's centre (so a raised footnote mark stays on its line), and each line is read
/// left to right.
/// </summary>
internal static class LineRegrouper
{
    public static IReadOnlyList<LayoutLine> Regroup(int page, int block, IEnumerable<LayoutWord> words)
    {
        var sorted = words.Where(w => w.Glyphs.Count > 0).OrderByDescending(w => w.Size).ThenByDescending(w => w.Box.Top).ToList();
        var lines = new List<(PageBox Band, List<LayoutWord> Words)>();
        foreach (var word in sorted)
        {
            var centre = (word.Box.Bottom + word.Box.Top) / 2;
            var index = lines.FindIndex(l => centre >= l.Band.Bottom && centre <= l.Band.Top);
            if (index < 0)
            {
                lines.Add((word.Box, [word]));
            }
            else
            {
                lines[index].Words.Add(word);
                lines[index] = (PageBox.Union(lines[index].Band, word.Box), lines[index].Words);
            }
        }

        return lines
            .OrderByDescending(l => l.Band.Top)
            .Select(l =>
            {
                var ordered = KernedPunctuation.Rejoin(l.Words.OrderBy(w => w.Box.Left).ToList());
                var box = ordered.Select(w => w.Box).Aggregate(PageBox.Union);
                return new LayoutLine(page, block, ordered, box);
            })
            .ToList();
    }
}
