using System.Text;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// A footnote's lines joined into its text. Producers hyphenate footnotes as they do the body ("hand-" /
/// "ling"), so a line-end hyphen between letters is judged as in the body, with the body's words as
/// evidence: the producer's is removed, the author's ("child-" / "centred") kept, and neither leaves a space.
/// </summary>
internal static class FootnoteText
{
    public static string Join(IEnumerable<string> lines, string body)
    {
        var text = new StringBuilder();
        var hyphens = new List<int>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (text.Length == 0)
            {
                text.Append(line);
                continue;
            }

            if (EndsInBrokenWord(text) && char.IsLetter(line[0]))
            {
                hyphens.Add(text.Length - 1);
            }
            else
            {
                text.Append(' ');
            }

            text.Append(line);
        }

        var joined = text.ToString();
        var judge = new HyphenJudge(joined + "\n\n" + body, hyphens);
        foreach (var hyphen in hyphens.Where(judge.IsFromLayout).OrderDescending())
        {
            text.Remove(hyphen, 1);
        }

        return text.ToString();
    }

    private static bool EndsInBrokenWord(StringBuilder text) =>
        text.Length >= 2 && text[^1] == '-' && char.IsLetter(text[^2]);
}
