using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>A review's endnotes: the "Notes" heading line and the notes under it, each on the page where it starts.</summary>
internal sealed record Endnotes(LayoutLine Heading, IReadOnlyList<(int Page, PageFootnote Note)> Notes)
{
    public IEnumerable<LayoutLine> Lines => Notes.SelectMany(n => n.Note.Lines).Prepend(Heading);
}

/// <summary>
/// Finds endnotes: the numbered list under a lone "Notes" (or "Endnotes") line at the end of the body,
/// as Word's endnotes and any producer without footnotes (Chromium) print them. They are notes to the
/// text, not part of it, and are kept apart like footnotes. The list must run to the end of the review,
/// take its labels in the order the text raises them as marks (or count on by one), and most of its labels must be
/// raised as marks in the body:
/// a "Notes" heading over minutes of a meeting or a numbered list of anything else is left alone.
/// </summary>
internal static partial class EndnoteDetector
{
    /// <param name="body">The body lines of the whole review in reading order (furniture and footnotes already out).</param>
    /// <param name="bodyMarks">The superscript marks raised in the body, in the order they stand in the text.</param>
    public static Endnotes? Detect(IReadOnlyList<LayoutLine> body, double bodySize, IReadOnlyList<string> bodyMarks)
    {
        var heading = LastHeading(body);
        if (heading < 0 || heading == body.Count - 1 || bodyMarks.Count == 0)
        {
            return null;
        }

        var labels = bodyMarks.Distinct(StringComparer.Ordinal).ToList();
        var notes = Group(body.Skip(heading + 1).ToList(), bodySize, labels);
        if (notes is null)
        {
            return null;
        }

        var raised = notes.Count(n => labels.Contains(n.Mark, StringComparer.Ordinal));
        return raised * 2 >= notes.Count ? new Endnotes(body[heading], notes.Select(n => (n.Lines[0].Page, n)).ToList()) : null;
    }

    private static int LastHeading(IReadOnlyList<LayoutLine> body)
    {
        for (var i = body.Count - 1; i >= 0; i--)
        {
            if (NotesHeading().IsMatch(body[i].Text))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The lines as notes, each starting at a line that opens with the next label: the next mark of the text not yet
    /// given a note (notes are printed in the order of their first mark, whatever their labels) or the next number.
    /// A line indented under its note's first line continues it ("20 minutes ..." is not note 20). Null where the
    /// first line opens no note or a line cannot belong to one (a heading-size line: more of the review follows).
    /// </summary>
    private static List<PageFootnote>? Group(List<LayoutLine> lines, double bodySize, List<string> labels)
    {
        var notes = new List<(string Mark, List<LayoutLine> Lines)>();
        foreach (var line in lines)
        {
            if (line.Size > bodySize * 1.1)
            {
                return null;
            }

            var m = NoteLabel().Match(line.Text);
            var label = m.Success ? m.Groups[1].Value : null;
            var first = notes.Count == 0 ? null : notes[^1].Lines[0];
            var hanging = first is not null && line.Page == first.Page && line.Box.Left > first.Box.Left + 3 && line.Box.Left <= first.Box.Left + 60;
            if (label is not null && !hanging && Opens(label, notes.Select(n => n.Mark).ToList(), labels))
            {
                notes.Add((label, [line]));
            }
            else if (notes.Count > 0)
            {
                notes[^1].Lines.Add(line);
            }
            else
            {
                return null;
            }
        }

        return notes.Count == 0 ? null : notes.Select(n => new PageFootnote(n.Mark, n.Lines)).ToList();
    }

    /// <summary>True where a label is the next the notes can take: the text's next mark without a note, or the number after the last note's.</summary>
    private static bool Opens(string label, List<string> given, List<string> labels)
    {
        var nextMark = labels.FirstOrDefault(l => !given.Contains(l, StringComparer.Ordinal));
        if (label == nextMark)
        {
            return true;
        }

        var previous = given.Count == 0 ? 0 : int.TryParse(given[^1], out var n) ? n : -1;
        return previous >= 0 && label == (previous + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>A note's label at the start of its first line: "3.", "3 ", "a." or a label on a line of its own ("a.").</summary>
    [GeneratedRegex(@"^\s*([0-9]{1,3}|[*†‡]|[a-z])(?:[.)]|(?=\s)|$)")]
    private static partial Regex NoteLabel();

    [GeneratedRegex(@"^\s*(?:End\s?notes|Notes|Footnotes)\s*:?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotesHeading();
}
