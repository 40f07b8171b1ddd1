using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Core.Metadata;

/// <summary>The "metadata" stage: review type, board, forces, dates, author, methodology.</summary>
public sealed class MetadataStage : IPipelineStage
{
    public const string StageName = "metadata";

    private readonly MetadataReader _reader = new();

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        if (document.Extracted is null)
        {
            return StageResult.Fail(document, "the metadata stage needs extracted text: put 'extract' before it in pipeline.json");
        }

        var x = document.Extracted;
        return StageResult.Ok(document with { Metadata = _reader.Read(x.Text, document.Sections, x.Blocks, x.Facts.PageCount) });
    }
}
