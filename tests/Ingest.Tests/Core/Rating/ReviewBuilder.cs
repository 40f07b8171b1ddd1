using Ingest.Core.Documents;
using Ingest.Core.Rating;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// Builds a small review in memory: sentences, each optionally annotated as a tagger would, plus metadata
/// and sections, so that a criterion can be checked on exactly the evidence a test names.
/// </summary>
internal sealed class ReviewBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<Annotation> _annotations = [];
    private readonly List<Section> _sections = [];
    private ReviewMetadata _metadata = Metadata();

    public ReviewBuilder Sentence(string sentence, string? label = null, AnnotationAttributes? attributes = null)
    {
        if (_text.Length > 0)
        {
            _text.Append(' ');
        }

        var start = _text.Length;
        _text.Append(sentence);
        if (label is not null)
        {
            _annotations.Add(new Annotation($"a{_annotations.Count}", label, start, _text.Length, sentence, attributes ?? AnnotationAttributes.None, "rule", "suggested", 0.9, "test@1"));
        }

        return this;
    }

    /// <summary>A sentence with one annotation over <paramref name="phrase"/> inside it, as a tagger marks a mention.</summary>
    public ReviewBuilder SentenceMentioning(string sentence, string phrase, string label, AnnotationAttributes? attributes = null)
    {
        Sentence(sentence);
        var start = _text.Length - sentence.Length + sentence.IndexOf(phrase, StringComparison.Ordinal);
        _annotations.Add(new Annotation($"a{_annotations.Count}", label, start, start + phrase.Length, phrase, attributes ?? AnnotationAttributes.None, "rule", "suggested", 0.9, "test@1"));
        return this;
    }

    public ReviewBuilder Sentences(int count, string sentence, string? label = null, AnnotationAttributes? attributes = null)
    {
        for (var i = 0; i < count; i++)
        {
            Sentence(sentence, label, attributes);
        }

        return this;
    }

    /// <summary>A section of the given type over the sentences added inside <paramref name="body"/>.</summary>
    public ReviewBuilder Section(string type, Action<ReviewBuilder> body) => Section(type, type, 1, body);

    /// <summary>A section with its own heading and level (2 for a subsection) over the sentences added inside <paramref name="body"/>.</summary>
    public ReviewBuilder Section(string type, string heading, int level, Action<ReviewBuilder> body)
    {
        _text.Append("\n\n");
        var start = _text.Length;
        body(this);
        _sections.Add(new Section(heading, type, level, start, _text.Length, start, 1));
        _text.Append("\n\n");
        return this;
    }

    public ReviewBuilder With(Func<ReviewMetadata, ReviewMetadata> change)
    {
        _metadata = change(_metadata);
        return this;
    }

    public RatingInput Build() => RatingInput.For(_text.ToString(), _annotations, _metadata, _sections);

    public IngestDocument Document() => new("doc", "doc.pdf", new Provenance("folder", "doc.pdf", "doc.pdf", DateTimeOffset.UnixEpoch), ReadOnlyMemory<byte>.Empty)
    {
        Extracted = new ExtractedText(_text.ToString(), [], [], new Ingest.Core.Text.OffsetMap(), new ExtractionFacts(1, 0, null, null, null, null, false, false)),
        Annotations = _annotations,
        Metadata = _metadata,
        Sections = _sections,
    };

    public static ReviewMetadata Metadata() => new([], null, null, null, [], null, null, null, null, null, null, 1, 100);

    public static Evidenced<ReviewDate> Date(string iso)
    {
        var day = DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return new Evidenced<ReviewDate>(new ReviewDate(iso, day, day), 0, 0, 1);
    }

    public static AnnotationAttributes Agency(string agency, bool? critique = null) => new() { Agency = agency, Critique = critique };
}
