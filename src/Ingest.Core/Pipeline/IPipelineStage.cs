using Ingest.Core.Documents;

namespace Ingest.Core.Pipeline;

/// <summary>
/// One step of the pipeline, named in pipeline.json. A stage takes a document and returns a new one
/// or a failure; it must give the same output for the same input, so a resumed run can redo it.
/// </summary>
public interface IPipelineStage
{
    string Name { get; }

    StageResult Run(IngestDocument document, CancellationToken cancellationToken);
}
