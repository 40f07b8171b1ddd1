using System.Xml.Linq;
using SampleRenderer.Model;
using static SampleRenderer.LibreOffice.Odf;

namespace SampleRenderer.LibreOffice;

/// <summary>
/// Converts inline runs to ODF paragraph content. The first reference to a note becomes a real
/// <c>text:note</c> (LibreOffice lays the body out at the foot of the page); a repeated reference
/// becomes a <c>text:note-ref</c> field to the same note, as Writer does it.
/// </summary>
public sealed class FodtInlines(Review review)
{
    private readonly Dictionary<string, string> _noteIds = new(StringComparer.Ordinal);

    public IEnumerable<object> Convert(IEnumerable<Inline> content)
    {
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun { Bold: true } run:
                    yield return new XElement(Text + "span", A(Text, "style-name", "Strong_20_Emphasis"), run.Text);
                    break;
                case TextRun run:
                    yield return run.Text;
                    break;
                case NoteRef note:
                    yield return NoteElement(note.Label);
                    break;
            }
        }
    }

    private XElement NoteElement(string label)
    {
        if (_noteIds.TryGetValue(label, out var id))
        {
            return new XElement(Text + "span", A(Text, "style-name", "Footnote_20_anchor"),
                new XElement(Text + "note-ref",
                    A(Text, "note-class", "footnote"), A(Text, "reference-format", "text"),
                    A(Text, "ref-name", id), label));
        }

        id = "ftn" + (_noteIds.Count + 1);
        _noteIds[label] = id;
        var note = review.Note(label);
        return new XElement(Text + "note",
            A(Text, "id", id), A(Text, "note-class", "footnote"),
            new XElement(Text + "note-citation", A(Text, "label", label), label),
            new XElement(Text + "note-body",
                new XElement(Text + "p", A(Text, "style-name", "Footnote"), Convert(note.Content))));
    }
}
