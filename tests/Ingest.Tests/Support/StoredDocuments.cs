using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Tests.Support;

/// <summary>Builds stored documents in memory for export, import, search and report tests.</summary>
internal static class StoredDocuments
{
    /// <summary>A document with the given text, one page per form-feed-free block, and annotations found by their words.</summary>
    public static StoredDocument Make(string id, string text, IReadOnlyList<Annotation> annotations, ReviewMetadata? metadata = null, IReadOnlyList<PageInfo>? pages = null) =>
        new(id, id + ".pdf", "/in/" + id + ".pdf", DocumentStatus.Ingested, null, 1, "archive/" + id, null,
            new ExtractedText(text, pages ?? [Page(1, 0, text.Length)], [], new OffsetMap(), new ExtractionFacts(1, 0, null, null, null, null, false, false)),
            [new Provenance("file", "/in/" + id + ".pdf", id + ".pdf", DateTimeOffset.UnixEpoch)],
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch)
        {
            Annotations = annotations,
            Metadata = metadata,
        };

    public static PageInfo Page(int number, int start, int end) => new(number, start, end, 595, 842, [], [], false);

    /// <summary>An annotation over the first occurrence of <paramref name="words"/> in <paramref name="text"/>.</summary>
    public static Annotation On(string text, string words, string label, AnnotationAttributes? attributes = null, string status = "suggested", int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = text.IndexOf(words, start + 1, StringComparison.Ordinal);
        }

        if (start < 0)
        {
            throw new ArgumentException($"'{words}' is not in the text");
        }

        return new Annotation($"{label}-{start}", label, start, start + words.Length, words, attributes ?? AnnotationAttributes.None, "rule", status, 0.9, "test@1");
    }

    public static ReviewMetadata MetadataOf(string[] types, string? board = null, string? force = null, string? published = null) =>
        new(types.Select(t => new Evidenced<string>(t, 0, 0, 1)).ToList(), null, board is null ? null : new Evidenced<string>(board, 0, 0, 1), null,
            force is null ? [] : [new Evidenced<string>(force, 0, 0, 1)], null, null,
            published is null ? null : new Evidenced<ReviewDate>(new ReviewDate(published, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)), 0, 0, 1),
            null, null, null, 1, 0);

    public static async IAsyncEnumerable<StoredDocument> Stream(params StoredDocument[] documents)
    {
        foreach (var d in documents.OrderBy(d => d.Id, StringComparer.Ordinal))
        {
            await Task.Yield();
            yield return d;
        }
    }
}
