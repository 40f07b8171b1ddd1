using System.Text;
using Ingest.Core.Storage;

namespace Ingest.Core.Export.Brat;

/// <summary>
/// The brat standoff export (CONTRACT §3): into a folder, per document `&lt;id&gt;.txt` (the cleaned text,
/// UTF-8, no BOM) and `&lt;id&gt;.ann`, then one annotation.conf for the collection. Documents are
/// written as the store streams them, so memory holds one document at a time.
/// </summary>
public static class BratExporter
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public static async Task<int> WriteAsync(IAsyncEnumerable<StoredDocument> documents, string folder, ExportFilter filter, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var config = new BratConfig();
        var count = 0;
        await foreach (var d in documents.WithCancellation(cancellationToken))
        {
            if (!filter.Keeps(d))
            {
                continue;
            }

            var text = d.Extracted?.Text ?? string.Empty;
            var ann = BratStandoff.Write(text, d.Annotations.Where(filter.Keeps), config);
            await File.WriteAllTextAsync(Path.Combine(folder, d.Id + ".txt"), text, Utf8, cancellationToken);
            await File.WriteAllTextAsync(Path.Combine(folder, d.Id + ".ann"), ann, Utf8, cancellationToken);
            count++;
        }

        await File.WriteAllTextAsync(Path.Combine(folder, "annotation.conf"), config.Write(), Utf8, cancellationToken);
        return count;
    }
}
