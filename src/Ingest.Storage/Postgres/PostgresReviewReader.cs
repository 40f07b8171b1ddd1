using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using static Ingest.Storage.Postgres.PostgresConnector;

namespace Ingest.Storage.Postgres;

/// <summary>Reads for the review page only the columns it shows (see <see cref="IReviewReader"/>), on PostgreSQL.</summary>
public sealed class PostgresReviewReader : IReviewReader, IAsyncDisposable, IDisposable
{
    private readonly PostgresConnector _db;

    public PostgresReviewReader(string connectionString, TimeProvider clock) => _db = new PostgresConnector(connectionString, clock);

    public Task<StoredDocument?> GetForReviewAsync(string id, CancellationToken cancellationToken) =>
        _db.RunAsync("read a document for review", async c =>
        {
            await using var cmd = Command(c, null, """
                SELECT id, file_name, source, status, error, attempts, archive_path, previous_version_id, created_at, updated_at,
                       text, pages_json::text, facts_json::text, sections_json::text, metadata_json::text, annotations_json::text,
                       rating_json::text, screening_json::text
                FROM documents WHERE id = @id
                """);
            cmd.Parameters.AddWithValue("id", PgText.Clean(id)!);
            await using var r = await cmd.ExecuteReaderAsync(cancellationToken);
            if (!await r.ReadAsync(cancellationToken))
            {
                return null;
            }

            var stored = Read(r);
            await r.CloseAsync();
            return await PostgresDecisionOverlay.ApplyAsync(c, stored, cancellationToken);
        }, cancellationToken);

    private static StoredDocument Read(Npgsql.NpgsqlDataReader r)
    {
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var facts = StoreJson.Deserialize<ExtractionFacts>(S(12));
        var extracted = facts is null
            ? null
            : new ExtractedText(S(10) ?? string.Empty, StoreJson.Deserialize<List<PageInfo>>(S(11)) ?? [], [], new OffsetMap(), facts);
        return new StoredDocument(
            r.GetString(0), r.GetString(1), r.GetString(2), DocumentStatusNames.FromWire(r.GetString(3)), S(4), r.GetInt32(5),
            r.GetString(6), S(7), extracted, [], r.GetFieldValue<DateTimeOffset>(8), r.GetFieldValue<DateTimeOffset>(9))
        {
            Sections = StoreJson.Deserialize<List<Section>>(S(13)) ?? [],
            Metadata = StoreJson.Deserialize<ReviewMetadata>(S(14)),
            Annotations = StoreJson.Deserialize<List<Annotation>>(S(15)) ?? [],
            Rating = StoreJson.Deserialize<ReviewRating>(S(16)),
            Screening = StoreJson.Deserialize<ScreeningDecision>(S(17)),
        };
    }

    public Task<OffsetMap?> OffsetMapAsync(string id, CancellationToken cancellationToken) =>
        _db.RunAsync("read an offset map", async c =>
        {
            await using var cmd = Command(c, null, "SELECT offset_map FROM documents WHERE id = @id");
            cmd.Parameters.AddWithValue("id", PgText.Clean(id)!);
            return await cmd.ExecuteScalarAsync(cancellationToken) is byte[] blob ? OffsetMap.Deserialize(blob) : null;
        }, cancellationToken);

    public ValueTask DisposeAsync() => _db.DisposeAsync();

    public void Dispose() => _db.Dispose();
}
