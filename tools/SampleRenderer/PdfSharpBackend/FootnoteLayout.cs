using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>A laid-out footnote: its height and ops relative to its top-left.</summary>
public sealed record NoteBox(string Label, double Height, IReadOnlyList<DrawOp> Ops);

/// <summary>
/// Footnotes at the foot of the column where they are first referenced: a short rule, then each
/// note in the small font with its number in a hanging indent, as word processors print them.
/// </summary>
public sealed class FootnoteLayout(Review review, PdfFonts fonts)
{
    public const double RuleGap = 9;    // space above the notes that holds the separator rule
    private const double NoteGap = 1.5;
    private const double LabelIndent = 12;

    public NoteBox Layout(string label, double width)
    {
        var note = review.Note(label);
        var font = fonts.Note;

        // The text hangs at a fixed indent unless the label is too wide for it.
        var indent = Math.Max(LabelIndent, fonts.Width(label, font) + fonts.Width("  ", font));
        var lines = BlockSlicer.Wrap(note.Content, font, fonts.Make(font.Size, true), width - indent, fonts, false);
        var text = new TextSlicer(fonts);
        var lineHeight = PdfFonts.LineHeight(font);
        var ops = new List<DrawOp> { new TextOp(0, PdfFonts.Ascent(font), label, font) };
        for (var i = 0; i < lines.Count; i++)
        {
            var lineOps = text.LineOps(lines[i], font, indent, width - indent, false, fonts.Width(" ", font));
            ops.AddRange(lineOps.Select(op => op.Offset(0, i * lineHeight)));
        }

        return new NoteBox(label, (Math.Max(1, lines.Count) * lineHeight) + NoteGap, ops);
    }

    /// <summary>The separator rule and the notes, stacked up from the column's bottom edge.</summary>
    public static IEnumerable<DrawOp> Area(IReadOnlyList<NoteBox> notes, double x, double width, double bottom)
    {
        if (notes.Count == 0)
        {
            yield break;
        }

        var y = bottom - Height(notes);
        yield return new RuleOp(x, y + 3, x + Math.Min(width * 0.3, 120), y + 3, 0.5);
        y += RuleGap;
        foreach (var note in notes)
        {
            foreach (var op in note.Ops)
            {
                yield return op.Offset(x, y);
            }

            y += note.Height;
        }
    }

    public static double Height(IEnumerable<NoteBox> notes)
    {
        var list = notes.ToList();
        return list.Count == 0 ? 0 : RuleGap + list.Sum(n => n.Height);
    }
}
