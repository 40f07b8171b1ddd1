namespace Ingest.Worker.Sources;

/// <summary>A place new reviews come from (a drop folder, a site's index pages). Scanned by the "scan sources" job.</summary>
public interface IDocumentSource
{
    /// <summary>What the source is, for logs and run failures (a folder path, the first index page).</summary>
    string Name { get; }

    /// <summary>Hands every document found to <paramref name="scan"/>; a failure of one document is recorded there, not thrown.</summary>
    Task ScanAsync(SourceScan scan, CancellationToken cancellationToken);
}
