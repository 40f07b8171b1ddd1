using System.Text;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// The footnotes' lines joined into their texts. Producers hyphenate footnotes as they do the body ("hand-" /
/// "ling"), so a line break inside a word is found as in the body (<see cref="LineJoinRules.EndsWordBeforeHyphen"/>)
/// and its hyphen judged as the body's are, with the body's words as evidence: the producer's is removed, the
/// author's ("child-" / "centred") kept, and neither leaves a space. One judge reads the body once for all notes.
/// </summary>
internal static class FootnoteText
{
    private const string Gap = "\n\n";

    public static IReadOnlyList<string> JoinAll(IReadOnlyList<IEnumerable<string>> notes, string body)
    {
        var joined = notes.Select(Join).ToList();
        var hyphens = new List<int>();
        var offset = 0;
        foreach (var (text, local) in joined)
        {
            hyphens.AddRange(local.Select(h => offset + h));
            offset += text.Length + Gap.Length;
        }

        var judge = new HyphenJudge(string.Join(Gap, joined.Select(j => j.Text.ToString())) + Gap + body, hyphens);
        offset = 0;
        var result = new List<string>();
        foreach (var (text, local) in joined)
        {
            var length = text.Length;
            foreach (var hyphen in local.Where(h => judge.IsFromLayout(offset + h)).OrderDescending())
            {
                text.Remove(hyphen, 1);
            }

            result.Add(text.ToString());
            offset += length + Gap.Length;
        }

        return result;
    }

    /// <summary>One note's lines, a line that ends inside a word joined without a space; the hyphens at those joins.</summary>
    private static (StringBuilder Text, List<int> Hyphens) Join(IEnumerable<string> lines)
    {
        var text = new StringBuilder();
        var hyphens = new List<int>();
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (text.Length > 0)
            {
                var tail = text.ToString(Math.Max(0, text.Length - 3), Math.Min(3, text.Length));
                if (tail.EndsWith('-') && LineJoinRules.EndsWordBeforeHyphen(tail) && char.IsLetterOrDigit(line[0]))
                {
                    hyphens.Add(text.Length - 1);
                }
                else if (tail.Length > 0 && LineJoinRules.IsProducerHyphen(tail[^1]) && char.IsLetterOrDigit(line[0]))
                {
                    // As in the body: the producer's hyphen goes.
                    text.Length--;
                }
                else
                {
                    text.Append(' ');
                }
            }

            text.Append(line);
        }

        return (text, hyphens);
    }
}
