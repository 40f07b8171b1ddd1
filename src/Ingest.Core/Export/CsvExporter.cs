using System.Globalization;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Export;

/// <summary>
/// CSV for spreadsheet and NVivo users (CONTRACT §3): one row per annotation in the named file, and
/// recommendations.csv beside it (one row per recommendation with its agencies) and ratings.csv (one row per
/// rated document: the suggestion, the nine criteria, the confirmation and the screening). Fields are quoted
/// as RFC 4180 asks; text keeps its line breaks inside quotes.
/// </summary>
public static class CsvExporter
{
    public static async Task<int> WriteAsync(IAsyncEnumerable<StoredDocument> documents, string annotationsPath, ExportFilter filter, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(annotationsPath))!;
        Directory.CreateDirectory(folder);
        await using var annotations = new StreamWriter(annotationsPath, false, new UTF8Encoding(false));
        await using var recommendations = new StreamWriter(Path.Combine(folder, "recommendations.csv"), false, new UTF8Encoding(false));
        await annotations.WriteLineAsync("document_id,file,review_type,board,annotation_id,label,start,end,page,text,category,force,agency,critique,number,agencies,characteristic,source,status,confidence,producer");
        await recommendations.WriteLineAsync("document_id,file,review_type,board,number,agencies,police_only,text,status");
        await using var ratings = new StreamWriter(Path.Combine(folder, "ratings.csv"), false, new UTF8Encoding(false));
        await ratings.WriteLineAsync(RatingsCsv.Header);
        var count = 0;
        await foreach (var d in documents.WithCancellation(cancellationToken))
        {
            if (!filter.Keeps(d))
            {
                continue;
            }

            count++;
            var types = string.Join('|', d.Metadata?.ReviewTypes.Select(t => t.Value) ?? []);
            var board = d.Metadata?.Board?.Value;
            if (RatingsCsv.Values(d) is { } rating)
            {
                await ratings.WriteLineAsync(Row([d.Id, d.FileName, types, board, .. rating]));
            }

            foreach (var a in d.Annotations.Where(filter.Keeps))
            {
                var page = d.Extracted?.Pages.FirstOrDefault(p => p.Start <= a.Start && a.Start < Math.Max(p.End, p.Start + 1))?.Number;
                await annotations.WriteLineAsync(Row(d.Id, d.FileName, types, board, a.Id, a.Label, a.Start, a.End, page, a.Text,
                    a.Attributes.Category, a.Attributes.Force, a.Attributes.Agency, a.Attributes.Critique, a.Attributes.Number,
                    a.Attributes.Agencies is null ? null : string.Join('|', a.Attributes.Agencies), a.Attributes.Characteristic,
                    a.Source, a.Status, a.Confidence, a.Producer));
                if (a.Label == Labels.Recommendation)
                {
                    var agencies = a.Attributes.Agencies ?? [];
                    await recommendations.WriteLineAsync(Row(d.Id, d.FileName, types, board, a.Attributes.Number, string.Join('|', agencies),
                        agencies.Count == 1 && agencies[0] == "police", a.Text, a.Status));
                }
            }
        }

        return count;
    }

    private static string Row(params object?[] values) => string.Join(',', values.Select(Field));

    private static string Field(object? value)
    {
        var s = value switch
        {
            null => string.Empty,
            bool b => b ? "true" : "false",
            double d => d.ToString("0.###", CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? string.Empty,
        };
        return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
    }
}
