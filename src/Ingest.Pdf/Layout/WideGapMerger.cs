using Ingest.Core.Documents;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Joins back the pieces of a justified line that layout analysis cut at wide word gaps: a one-line
/// block on the same baseline as a line of another block, starting a few ems to its right, is the
/// rest of that line, provided it stays within the right margin of the host's block (a table's next
/// cell lies beyond it).
/// </summary>
internal static class WideGapMerger
{
    public static List<LayoutLine> Merge(List<LayoutLine> lines)
    {
        var blockLines = lines.GroupBy(l => l.Block).ToDictionary(g => g.Key, g => g.Count());
        var removed = new HashSet<int>();

        // Left to right along each baseline, so that "concerns" joins its host before "about" joins both.
        var byBaseline = lines.Select((l, i) => (Line: l, Index: i))
            .GroupBy(x => Math.Round(x.Line.Box.Bottom))
            .Where(g => g.Count() > 1);
        foreach (var row in byBaseline)
        {
            var ordered = row.OrderBy(x => x.Line.Box.Left).ToList();
            for (var k = 1; k < ordered.Count; k++)
            {
                var (piece, pieceIndex) = ordered[k];
                var (host, hostIndex) = ordered[k - 1];
                if (removed.Contains(hostIndex) || blockLines[piece.Block] != 1 || host.Block == piece.Block
                    || Math.Abs(host.Box.Bottom - piece.Box.Bottom) >= 1.0 || Math.Abs(host.Size - piece.Size) >= 0.6
                    || piece.Box.Left <= host.Box.Right || piece.Box.Left - host.Box.Right >= piece.Size * 4
                    || !(WithinHostColumn(lines, host, piece) || IsLabel(host.Text)))
                {
                    continue;
                }

                var merged = host.WithWords(host.Words.Concat(piece.Words).ToList(), PageBox.Union(host.Box, piece.Box));
                lines[hostIndex] = merged;
                ordered[k] = (merged, hostIndex);
                removed.Add(pieceIndex);
            }
        }

        return removed.Count == 0 ? lines : lines.Where((_, i) => !removed.Contains(i)).ToList();
    }

    /// <summary>A footnote number or list label set apart from its text by a tab stop.</summary>
    private static bool IsLabel(string text) => text.Length <= 4 && text.All(c => char.IsDigit(c) || c is '•' or '*' or '†' or '.' or ')');

    private static bool WithinHostColumn(List<LayoutLine> lines, LayoutLine host, LayoutLine piece)
    {
        var right = float.MinValue;
        var others = 0;
        foreach (var o in lines)
        {
            if (o.Block == host.Block && !ReferenceEquals(o, host))
            {
                others++;
                right = Math.Max(right, o.Box.Right);
            }
        }

        return others > 0 && piece.Box.Right <= right + 2;
    }
}
