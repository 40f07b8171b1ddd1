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
        var merged = true;
        while (merged)
        {
            merged = false;
            for (var i = 0; i < lines.Count && !merged; i++)
            {
                var piece = lines[i];
                if (lines.Count(l => l.Block == piece.Block) != 1)
                {
                    continue;
                }

                var host = lines.FindIndex(l => l.Block != piece.Block
                    && Math.Abs(l.Box.Bottom - piece.Box.Bottom) < 1.0
                    && Math.Abs(l.Size - piece.Size) < 0.6
                    && piece.Box.Left > l.Box.Right
                    && piece.Box.Left - l.Box.Right < piece.Size * 4
                    && WithinHostColumn(lines, l, piece)
                    && !lines.Any(o => !ReferenceEquals(o, l) && !ReferenceEquals(o, piece) && Math.Abs(o.Box.Bottom - piece.Box.Bottom) < 1.0
                                       && o.Box.Left > l.Box.Right && o.Box.Right < piece.Box.Left));
                if (host < 0)
                {
                    continue;
                }

                var h = lines[host];
                lines[host] = h with { Words = h.Words.Concat(piece.Words).ToList(), Box = PageBox.Union(h.Box, piece.Box) };
                lines.RemoveAt(i);
                merged = true;
            }
        }

        return lines;
    }

    private static bool WithinHostColumn(List<LayoutLine> lines, LayoutLine host, LayoutLine piece)
    {
        var others = lines.Where(o => o.Block == host.Block && !ReferenceEquals(o, host)).ToList();
        return others.Count > 0 && piece.Box.Right <= others.Max(o => o.Box.Right) + 2;
    }
}
