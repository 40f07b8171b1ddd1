using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Tagging;

/// <summary>
/// The "tag" stage: runs the taggers over the text and keeps their annotations ordered by start,
/// end and label (CONTRACT §3), replacing the rule annotations of an earlier run of the same document.
/// </summary>
public sealed class TagStage(TagOptions options) : IPipelineStage
{
    public const string StageName = "tag";

    private readonly IReadOnlyList<ITagger> _taggers = TaggerRegistry.Create(options.Taggers);

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        if (document.Extracted is null)
        {
            return StageResult.Fail(document, "the tag stage needs extracted text: put 'extract' before it in pipeline.json");
        }

        var ordered = Tag(document.Extracted.Text, document.Sections, document.Metadata, cancellationToken);
        return StageResult.Ok(document with { Annotations = ordered });
    }

    /// <summary>The rules' annotations of a text, in order; also what `eval` scores as "rules alone" when a later stage filters them.</summary>
    public List<Annotation> Tag(string text, IReadOnlyList<Section> sections, ReviewMetadata? metadata, CancellationToken cancellationToken)
    {
        var context = TaggingContext.For(text, sections, metadata);
        var annotations = new List<Annotation>();
        foreach (var tagger in _taggers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            annotations.AddRange(tagger.Tag(context));
        }

        return annotations
            .DistinctBy(a => a.Id)
            .OrderBy(a => a.Start).ThenBy(a => a.End).ThenBy(a => a.Label, StringComparer.Ordinal)
            .ToList();
    }
}
