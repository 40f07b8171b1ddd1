using Ingest.Core.Documents;
using Ingest.Worker.Configuration;

namespace Ingest.Worker.Sources.Folder;

/// <summary>
/// A drop folder: every PDF in it or below is handed to the intake at each scan. Files are only read,
/// never moved or deleted; the intake archives a copy by SHA-256 and knows the ones it has seen.
/// </summary>
public sealed class FolderSource(FolderSourceOptions options, TimeProvider clock) : IDocumentSource
{
    public string Name => options.Folder;

    public async Task ScanAsync(SourceScan scan, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(options.Folder))
        {
            await scan.SourceFailedAsync(options.Folder, $"drop folder not found ({options.JsonPath})", cancellationToken);
            return;
        }

        foreach (var path in PdfFiles(options.Folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, useAsync: true);
                var name = Path.GetFileName(path);
                await scan.SubmitAsync(stream, new Provenance("folder", path, name, clock.GetUtcNow()), cancellationToken);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                await scan.FailedAsync(path, $"cannot read the file: {e.Message}", cancellationToken);
            }
        }
    }

    /// <summary>PDFs by extension in any case, in name order so that scans are repeatable.</summary>
    public static IEnumerable<string> PdfFiles(string folder) =>
        Directory.EnumerateFiles(folder, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true })
            .Where(f => string.Equals(Path.GetExtension(f), ".pdf", StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);
}
