using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Puts a footnote's number back at the start of its text. LibreOffice sets the number in the note
/// area apart from the text by a tab; when a note runs over two lines Docstrum reads the column of
/// numbers ("1", "2") as one block and the note texts as another, so no note line starts with its
/// number and footnote detection finds no notes at all (a one-line note was rejoined by layout).
/// Only small-type lines below all body-size text are joined: a number cell in a table is left alone.
/// </summary>
internal static partial class FootnoteLabels
{
    public static List<LayoutLine> Join(List<LayoutLine> lines, double bodySize)
    {
        var bodyBottom = lines.Where(l => l.Size >= bodySize * 0.95).Select(l => l.Box.Bottom).DefaultIfEmpty(float.MaxValue).Min();
        for (var i = 0; i < lines.Count; i++)
        {
            var label = lines[i];
            if (!LabelText().IsMatch(label.Text) || label.Size >= bodySize * 0.95 || label.Box.Top >= bodyBottom)
            {
                continue;
            }

            var host = lines.FindIndex(l => !ReferenceEquals(l, label) && IsTextOf(label, l));
            if (host < 0)
            {
                continue;
            }

            var h = lines[host];
            lines[host] = h.WithWords(label.Words.Concat(h.Words).ToList(), PageBox.Union(h.Box, label.Box));
            lines.RemoveAt(i);
            i--;
        }

        return lines;
    }

    /// <summary>The note text on the number's baseline, at the same size, a tab stop (under three ems) to its right.</summary>
    private static bool IsTextOf(LayoutLine label, LayoutLine text) =>
        Math.Abs(text.Baseline - label.Baseline) < 1.5
        && Math.Abs(text.Size - label.Size) < 0.6
        && text.Box.Left > label.Box.Right
        && text.Box.Left - label.Box.Right < label.Size * 3
        && !LabelText().IsMatch(text.Text);

    [GeneratedRegex(@"^(?:[0-9]{1,3}|[*†‡]|[a-z])$")]
    private static partial Regex LabelText();
}
