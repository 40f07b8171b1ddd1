using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Core.Tagging;

/// <summary>What every tagger reads: the text, its sentences and sections, and the metadata.</summary>
public sealed record TaggingContext(string Text, IReadOnlyList<SentenceSpan> Sentences, IReadOnlyList<Section> Sections, ReviewMetadata? Metadata)
{
    public string SentenceText(SentenceSpan s) => Text[s.Start..s.End];

    /// <summary>The section a position falls in (the innermost, i.e. the last that starts before it).</summary>
    public Section? SectionAt(int offset) => Sections.LastOrDefault(s => s.Start <= offset && offset < Math.Max(s.End, s.Start + 1));

    public static TaggingContext For(string text, IReadOnlyList<Section> sections, ReviewMetadata? metadata) =>
        new(text, SentenceSplitter.Split(text), sections, metadata);
}

/// <summary>One tagger: one label (or a family of labels), rules kept as data where they can be.</summary>
public interface ITagger
{
    /// <summary>name@version, recorded on every annotation it makes.</summary>
    string Producer { get; }

    IReadOnlyList<Annotation> Tag(TaggingContext context);
}
