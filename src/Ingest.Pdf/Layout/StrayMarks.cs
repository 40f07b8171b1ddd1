using System.Text.RegularExpressions;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Puts a footnote mark that layout analysis left on a line of its own back on the line it is raised
/// from (Docstrum may give a paragraph's last line a block of its own and leave the mark behind).
/// </summary>
internal static partial class StrayMarks
{
    public static IReadOnlyList<LayoutLine> Reattach(List<LayoutLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var mark = lines[i];
            if (!MarkText().IsMatch(mark.Text))
            {
                continue;
            }

            var centre = (mark.Box.Bottom + mark.Box.Top) / 2;
            var host = lines.FindIndex(l => !ReferenceEquals(l, mark)
                && l.Size * 0.8 > mark.Size
                && centre >= l.Box.Bottom && centre <= l.Box.Top + (l.Size * 0.5)
                && mark.Box.Left >= l.Box.Left - 2 && mark.Box.Left <= l.Box.Right + 6);
            if (host < 0)
            {
                continue;
            }

            var h = lines[host];
            lines[host] = h.WithWords(h.Words.Concat(mark.Words).OrderBy(w => w.Box.Left).ToList(), Core.Documents.PageBox.Union(h.Box, mark.Box));
            lines.RemoveAt(i);
            i--;
        }

        return lines;
    }

    [GeneratedRegex(@"^[0-9*†‡]{1,3}$")]
    private static partial Regex MarkText();
}
