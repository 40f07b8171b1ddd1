using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Sections;

/// <summary>The "sections" stage: headings, levels and section types from the extracted paragraphs.</summary>
public sealed class SectionsStage(SectionsOptions options) : IPipelineStage
{
    public const string StageName = "sections";

    private readonly SectionSplitter _splitter = new(options, SectionTypeClassifier.Default);

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        if (document.Extracted is null)
        {
            return StageResult.Fail(document, "the sections stage needs extracted text: put 'extract' before it in pipeline.json");
        }

        return StageResult.Ok(document with { Sections = _splitter.Split(document.Extracted.Text, document.Extracted.Blocks, document.Extracted.Outline) });
    }
}
