using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// How much a review writes about the police, in words: the measures the tuned writers' scores follow
/// where a count of annotations does not (a review that explains police practice writes at length about it).
/// </summary>
internal static class PoliceWriting
{
    /// <summary>The words of the sentences that mention the police.</summary>
    public static int WordsInPoliceSentences(RatingInput input) =>
        input.SentencesWith(Labels.PoliceMention).Sum(s => input.WordsIn(s.Start, s.End));

    /// <summary>The words of the paragraphs (text between blank lines) that hold at least one of the annotations, each paragraph once.</summary>
    public static int WordsInParagraphsHolding(RatingInput input, IEnumerable<Annotation> annotations)
    {
        var paragraphs = annotations.Select(a => Paragraph(input.Text, a.Start)).Distinct();
        return paragraphs.Sum(p => input.WordsIn(p.Start, p.End));
    }

    /// <summary>The paragraph around a position: from just after the blank line before it to the blank line after it.</summary>
    public static (int Start, int End) Paragraph(string text, int position)
    {
        var at = Math.Clamp(position, 0, text.Length);
        var before = at == 0 ? -1 : text.LastIndexOf("\n\n", at - 1, StringComparison.Ordinal);
        var after = text.IndexOf("\n\n", at, StringComparison.Ordinal);
        return (before < 0 ? 0 : before + 2, after < 0 ? text.Length : after);
    }
}
