using System.Text.RegularExpressions;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Puts a footnote mark that layout analysis left on a line of its own back on the line it is raised
/// from (Docstrum may give a paragraph's last line a block of its own and leave the mark behind).
/// </summary>
internal static partial class StrayMarks
{
    public static List<LayoutLine> Reattach(List<LayoutLine> lines)
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

        return AttachLabels(lines);
    }

    /// <summary>
    /// A list label ("1.", "(ii)", "•", "R3") that layout analysis put in a block of its own is joined
    /// to the text on its baseline just to its right; reading order may otherwise put it anywhere.
    /// </summary>
    public static List<LayoutLine> AttachLabels(List<LayoutLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i];
            if (!LabelText().IsMatch(label.Text))
            {
                continue;
            }

            var host = lines.FindIndex(l => !ReferenceEquals(l, label)
                && Math.Abs(l.Box.Bottom - label.Box.Bottom) < 2
                && l.Box.Left > label.Box.Right
                && l.Box.Left - label.Box.Right < 60);
            if (host < 0)
            {
                continue;
            }

            var h = lines[host];
            lines[host] = h.WithWords(label.Words.Concat(h.Words).ToList(), Core.Documents.PageBox.Union(h.Box, label.Box));
            lines.RemoveAt(i);
            i--;
        }

        return lines;
    }

    [GeneratedRegex(@"^(?:[0-9*†‡]{1,3}|[a-z])$")]
    private static partial Regex MarkText();

    /// <summary>A list label standing alone ("1.", "(ii)", "•", "R3"), as layout may leave it beside its item.</summary>
    public static bool IsListLabel(string text) => LabelText().IsMatch(text.Trim());

    [GeneratedRegex(@"^(?:•|\(?[a-z]\)|\(?[ivxlc]{1,5}\)|\(?\d{1,3}(?:\.\d{1,3})*[.)]|[A-Z]{1,3}\d{1,2}[.:]?)$")]
    private static partial Regex LabelText();
}
