using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Ml.Data;

/// <summary>
/// The sentence model's rows for a document: each sentence with the type of the section it lies in and the
/// sentence before it in its paragraph. A plain fact ("No referral was made.") is a missed opportunity in the
/// analysis and often not in the chronology, and a follow-on ("It did not say why.") takes its sense from the
/// sentence before; the text alone cannot tell them apart.
/// </summary>
public static class SentenceContext
{
    /// <summary>The section type given where no section holds the sentence (the text before the first heading).</summary>
    public const string NoSection = "none";

    /// <summary>
    /// The "sentence before" of a paragraph's first sentence: a word of its own, so that a paragraph's opening is a
    /// feature and the vocabulary is never empty (ML.NET cannot fit a text column whose every value is empty).
    /// </summary>
    public const string ParagraphStart = "paragraphstart";

    public static IReadOnlyList<SentenceRow> Rows(string text, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<Section> sections, string group = "")
    {
        var rows = new List<SentenceRow>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            rows.Add(new SentenceRow
            {
                Text = text[s.Start..s.End],
                Section = SectionTypeAt(sections, s.Start),
                Previous = i > 0 && SameParagraph(text, sentences[i - 1], s) ? text[sentences[i - 1].Start..sentences[i - 1].End] : ParagraphStart,
                Group = group,
            });
        }

        return rows;
    }

    /// <summary>The innermost section holding the offset (the shortest; a subsection lies inside its parent).</summary>
    public static string SectionTypeAt(IReadOnlyList<Section> sections, int offset)
    {
        Section? inner = null;
        foreach (var section in sections)
        {
            if (section.Start <= offset && offset < section.End && (inner is null || section.End - section.Start < inner.End - inner.Start))
            {
                inner = section;
            }
        }

        return inner?.Type ?? NoSection;
    }

    /// <summary>No blank line between the two sentences.</summary>
    public static bool SameParagraph(string text, SentenceSpan before, SentenceSpan sentence) =>
        text.AsSpan(before.End, Math.Max(0, sentence.Start - before.End)).IndexOf("\n\n", StringComparison.Ordinal) < 0;
}
