using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Core.Rating;

/// <summary>
/// What the criteria read, computed once per document: the text split into sentences, the annotations
/// by label, the metadata and the sections.
/// </summary>
public sealed class RatingInput
{
    private RatingInput(string text, IReadOnlyList<SentenceSpan> sentences, IReadOnlyList<Annotation> annotations, ReviewMetadata? metadata, IReadOnlyList<Section> sections)
    {
        Text = text;
        Sentences = sentences;
        Annotations = annotations;
        Metadata = metadata;
        Sections = sections;
    }

    public string Text { get; }

    public IReadOnlyList<SentenceSpan> Sentences { get; }

    public IReadOnlyList<Annotation> Annotations { get; }

    public ReviewMetadata? Metadata { get; }

    public IReadOnlyList<Section> Sections { get; }

    public static RatingInput For(IngestDocument document) => For(document.Text, document.Annotations, document.Metadata, document.Sections);

    /// <summary>Rejected annotations are left out: an analyst said they are wrong.</summary>
    public static RatingInput For(string text, IReadOnlyList<Annotation> annotations, ReviewMetadata? metadata, IReadOnlyList<Section> sections) =>
        new(text, SentenceSplitter.Split(text), annotations.Where(a => a.Status != "rejected").ToList(), metadata, sections);

    public IEnumerable<Annotation> Labelled(string label) => Annotations.Where(a => a.Label == label);

    public string SentenceText(SentenceSpan span) => Text[span.Start..span.End];

    /// <summary>The sentences that hold at least one annotation of the label.</summary>
    public IReadOnlyList<SentenceSpan> SentencesWith(string label)
    {
        var starts = Labelled(label).Select(a => a.Start).Order().ToList();
        var found = new List<SentenceSpan>();
        var i = 0;
        foreach (var s in Sentences)
        {
            while (i < starts.Count && starts[i] < s.Start)
            {
                i++;
            }

            if (i < starts.Count && starts[i] < s.End)
            {
                found.Add(s);
            }
        }

        return found;
    }

    /// <summary>The sentence after the one that holds <paramref name="position"/>, or empty at the end.</summary>
    public string NextSentence(int position)
    {
        for (var i = 0; i < Sentences.Count - 1; i++)
        {
            if (Sentences[i].Start <= position && position < Sentences[i].End)
            {
                return SentenceText(Sentences[i + 1]);
            }
        }

        return string.Empty;
    }

    /// <summary>The words of the sections of one type (e.g. "methodology").</summary>
    public int WordsInSections(string type) =>
        Sections.Where(s => s.Type == type).Sum(s => WordsIn(s.Start, s.End));

    /// <summary>The words of the text between two offsets (clipped to the text).</summary>
    public int WordsIn(int start, int end)
    {
        var from = Math.Clamp(start, 0, Text.Length);
        return CountWords(Text.AsSpan(from, Math.Clamp(end, from, Text.Length) - from));
    }

    /// <summary>The paragraph (text between blank lines) around an offset: from just after the blank line before it to the one after it.</summary>
    public (int Start, int End) ParagraphAround(int offset)
    {
        var at = Math.Clamp(offset, 0, Text.Length);
        var before = at == 0 ? -1 : Text.LastIndexOf("\n\n", at - 1, StringComparison.Ordinal);
        var after = Text.IndexOf("\n\n", at, StringComparison.Ordinal);
        return (before < 0 ? 0 : before + 2, after < 0 ? Text.Length : after);
    }

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var letter = !char.IsWhiteSpace(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
