using System.Text;
using SampleRenderer.Model;

namespace SampleRenderer.Parsing;

/// <summary>
/// Parses the only inline markup the format has: <c>**bold**</c> and <c>[^label]</c>.
/// It is strict (an unclosed <c>**</c> is an error) because a stray asterisk would otherwise end up
/// in the golden text and silently disagree with the PDF.
/// </summary>
public static class InlineParser
{
    public static IReadOnlyList<Inline> Parse(string text, int line)
    {
        var result = new List<Inline>();
        var buffer = new StringBuilder();
        var bold = false;
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("**"))
            {
                Flush(result, buffer, bold);
                bold = !bold;
                i += 2;
            }
            else if (text.AsSpan(i).StartsWith("[^") && TryReadLabel(text, i, out var label, out var end))
            {
                Flush(result, buffer, bold);
                result.Add(new NoteRef(label));
                i = end;
            }
            else
            {
                buffer.Append(text[i]);
                i++;
            }
        }

        if (bold)
        {
            throw new SourceFormatException(line, "unclosed ** in: " + text);
        }

        Flush(result, buffer, bold);
        return result;
    }

    /// <summary>Reads <c>[^label]</c> starting at <paramref name="start"/>; labels are letters, digits, '-' or '_'.</summary>
    public static bool TryReadLabel(string text, int start, out string label, out int end)
    {
        label = "";
        end = start;
        var close = text.IndexOf(']', start + 2);
        if (close < 0)
        {
            return false;
        }

        var candidate = text[(start + 2)..close];
        if (candidate.Length == 0 || !candidate.All(c => char.IsLetterOrDigit(c) || c is '-' or '_'))
        {
            return false;
        }

        label = candidate;
        end = close + 1;
        return true;
    }

    private static void Flush(List<Inline> result, StringBuilder buffer, bool bold)
    {
        if (buffer.Length > 0)
        {
            result.Add(new TextRun(buffer.ToString(), bold));
            buffer.Clear();
        }
    }
}
