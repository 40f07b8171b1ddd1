using System.Text;
using Ingest.Core.Storage;

namespace Ingest.Core.Export.WebAnno;

/// <summary>
/// The WebAnno TSV 3.3 export (CONTRACT §3): one `&lt;id&gt;.tsv` per document into a folder, written as
/// the store streams documents. A document without text (failed, or a scan not read) has no sentence
/// to write, and TSV cannot hold an empty document, so it is left out and counted apart.
/// </summary>
public static class WebAnnoExporter
{
    public static async Task<ExportCount> WriteAsync(IAsyncEnumerable<StoredDocument> documents, string folder, ExportFilter filter, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var (written, empty) = (0, 0);
        await foreach (var d in documents.WithCancellation(cancellationToken))
        {
            if (!filter.Keeps(d))
            {
                continue;
            }

            using var buffer = new StringWriter { NewLine = "\n" };
            if (!WebAnnoTsvWriter.Write(buffer, d.Extracted?.Text ?? string.Empty, d.Annotations.Where(filter.Keeps)))
            {
                empty++;
                continue;
            }

            await File.WriteAllTextAsync(Path.Combine(folder, d.Id + ".tsv"), buffer.ToString(), new UTF8Encoding(false), cancellationToken);
            written++;
        }

        return new ExportCount(written, empty);
    }
}

/// <summary>How many documents an export wrote, and how many it left out because they had no text.</summary>
public sealed record ExportCount(int Written, int WithoutText);
