using System.Text;

namespace SampleRenderer.Model;

/// <summary>Helpers that turn inline lists into the plain text the golden files hold.</summary>
public static class InlineText
{
    /// <summary>
    /// The text with bold markup and footnote marks removed and whitespace collapsed: exactly what
    /// extraction must recover for this unit.
    /// </summary>
    public static string Plain(IEnumerable<Inline> content)
    {
        var sb = new StringBuilder();
        foreach (var run in content.OfType<TextRun>())
        {
            sb.Append(run.Text);
        }

        return Collapse(sb.ToString());
    }

    public static string Collapse(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Labels of the footnotes referenced in this content, in order.</summary>
    public static IEnumerable<string> NoteLabels(IEnumerable<Inline> content) =>
        content.OfType<NoteRef>().Select(n => n.Label);
}
