using System.Text;
using System.Text.RegularExpressions;

namespace Ingest.Core.Evaluation;

/// <summary>
/// How gold text is compared with extracted text (CONTRACT §4): whitespace collapsed, typographic
/// quotes and dashes unified, line-end hyphenation already repaired on both sides.
/// </summary>
public static partial class TextMatching
{
    public static string Normalise(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var raw in text)
        {
            var c = raw switch
            {
                '\u2018' or '\u2019' or '\u201B' or '\u2032' => '\'',
                '\u201C' or '\u201D' or '\u201F' or '\u2033' => '"',
                '\u2010' or '\u2011' => '-',
                '\u00A0' or '\u2007' or '\u202F' => ' ',
                _ => raw,
            };
            if (char.IsWhiteSpace(c))
            {
                space = sb.Length > 0;
                continue;
            }

            if (space)
            {
                sb.Append(' ');
                space = false;
            }

            sb.Append(c);
        }

        return sb.ToString();
    }

    /// <summary>A plain splitter for checking recall: sentence ends are . ! ? followed by a space and a capital or digit.</summary>
    public static IReadOnlyList<string> Sentences(string unit)
    {
        var normal = Normalise(unit);
        return SentenceEnd().Split(normal).Select(s => s.Trim()).Where(s => s.Length > 0).ToList();
    }

    [GeneratedRegex(@"(?<=[.!?][""')\]]?)\s+(?=[A-Z0-9""'(])")]
    private static partial Regex SentenceEnd();
}
