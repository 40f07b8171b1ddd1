using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>Reads for the review page only the columns it shows (see <see cref="IReviewReader"/>), with the final decisions laid over them.</summary>
public sealed class SqliteReviewReader(string databasePath) : IReviewReader, IDisposable
{
    private readonly SqliteConnector _db = new(databasePath);

    public async Task<StoredDocument?> GetForReviewAsync(string id, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, """
            SELECT id, file_name, source, status, error, attempts, archive_path, previous_version_id, created_at, updated_at,
                   text, pages_json, facts_json, sections_json, metadata_json, annotations_json, rating_json, screening_json
            FROM documents WHERE id = $id
            """);
        cmd.Parameters.AddWithValue("$id", id);
        await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
        if (!await r.ReadAsync(cancellationToken))
        {
            return null;
        }

        var stored = Read(r);
        await r.DisposeAsync();
        return await SqliteDecisionState.ExistsAsync(c, cancellationToken) ? await SqliteDecisionState.OverlayAsync(c, stored, cancellationToken) : stored;
    }

    private static StoredDocument Read(Microsoft.Data.Sqlite.SqliteDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var facts = StoreJson.Deserialize<ExtractionFacts>(S(12));
        var extracted = facts is null
            ? null
            : new ExtractedText(S(10) ?? string.Empty, StoreJson.Deserialize<List<PageInfo>>(S(11)) ?? [], [], new OffsetMap(), facts);
        return new StoredDocument(
            r.GetString(0), r.GetString(1), r.GetString(2), DocumentStatusNames.FromWire(r.GetString(3)), S(4), r.GetInt32(5),
            r.GetString(6), S(7), extracted, [], ParseIso(r.GetString(8)), ParseIso(r.GetString(9)))
        {
            Sections = StoreJson.Deserialize<List<Section>>(S(13)) ?? [],
            Metadata = StoreJson.Deserialize<ReviewMetadata>(S(14)),
            Annotations = StoreJson.Deserialize<List<Annotation>>(S(15)) ?? [],
            Rating = StoreJson.Deserialize<ReviewRating>(S(16)),
            Screening = StoreJson.Deserialize<ScreeningDecision>(S(17)),
        };
    }

    public async Task<OffsetMap?> OffsetMapAsync(string id, CancellationToken cancellationToken)
    {
        await using var c = await _db.OpenAsync(cancellationToken);
        await using var cmd = Command(c, null, "SELECT offset_map FROM documents WHERE id = $id");
        cmd.Parameters.AddWithValue("$id", id);
        return await cmd.ExecuteScalarAsync(cancellationToken) is byte[] blob ? OffsetMap.Deserialize(blob) : null;
    }

    public void Dispose() => _db.Dispose();
}
