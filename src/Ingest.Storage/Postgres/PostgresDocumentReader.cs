using System.Runtime.CompilerServices;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Reads documents back. PostgreSQL has one open reader per connection, so each document's provenances
/// come in the same row (a jsonb array) rather than from a second query while the first is open.
/// Ids and locations sort bytewise (COLLATE "C") as in SQLite, whatever the database's locale.
/// </summary>
internal static class PostgresDocumentReader
{
    private sealed record ProvenanceRow(string SourceKind, string Location, string FileName, DateTimeOffset RetrievedAt, string? Note);

    public static async IAsyncEnumerable<StoredDocument> QueryAsync(NpgsqlConnection c, string? id, bool withText, [EnumeratorCancellation] CancellationToken ct)
    {
        // Analysts' final decisions are laid over each document: for one document read afterwards as rows;
        // for a list in the same row (one open reader per connection), as a json column.
        var withDecisions = id is null && await PostgresDecisionOverlay.ExistsAsync(c, ct);
        var decisions = withDecisions ? PostgresDecisionOverlay.LatestFinalColumn : "NULL::text";
        var textColumns = withText
            ? "text, pages_json::text, footnotes_json::text, facts_json::text, offset_map, blocks_json::text"
            : "NULL, NULL, NULL, facts_json::text, NULL, NULL";
        await using var cmd = new NpgsqlCommand($"""
            SELECT id, file_name, source, status, error, attempts, archive_path, previous_version_id, created_at, updated_at,
                {textColumns}, sections_json::text, metadata_json::text, annotations_json::text, rating_json::text, screening_json::text,
                (SELECT jsonb_agg(jsonb_build_object('source_kind', p.source_kind, 'location', p.location, 'file_name', p.file_name,
                                                     'retrieved_at', p.retrieved_at, 'note', p.note)
                                  ORDER BY p.retrieved_at, p.location COLLATE "C")::text
                 FROM provenance p WHERE p.document_id = d.id),
                {decisions}
            FROM documents d {(id is null ? string.Empty : "WHERE id = @id")} ORDER BY id COLLATE "C"
            """, c);
        if (id is not null)
        {
            cmd.Parameters.AddWithValue("id", id);
        }

        StoredDocument? single = null;
        await using (var r = await cmd.ExecuteReaderAsync(ct))
        {
            while (await r.ReadAsync(ct))
            {
                if (id is not null)
                {
                    single = Read(r);
                    break;
                }

                yield return PostgresDecisionOverlay.Apply(Read(r), Str(r, 22));
            }
        }

        if (single is not null)
        {
            yield return await PostgresDecisionOverlay.ApplyAsync(c, single, ct);
        }
    }

    private static StoredDocument Read(NpgsqlDataReader r)
    {
        var provenances = (StoreJson.Deserialize<List<ProvenanceRow>>(Str(r, 21)) ?? [])
            .Select(p => new Provenance(p.SourceKind, p.Location, p.FileName, p.RetrievedAt.ToUniversalTime(), p.Note))
            .ToList();
        return new StoredDocument(
            r.GetString(0),
            r.GetString(1),
            r.GetString(2),
            DocumentStatusNames.FromWire(r.GetString(3)),
            Str(r, 4),
            r.GetInt32(5),
            r.GetString(6),
            Str(r, 7),
            ReadExtracted(r),
            provenances,
            r.GetFieldValue<DateTimeOffset>(8),
            r.GetFieldValue<DateTimeOffset>(9))
        {
            Sections = StoreJson.Deserialize<List<Section>>(Str(r, 16)) ?? [],
            Metadata = StoreJson.Deserialize<ReviewMetadata>(Str(r, 17)),
            Annotations = StoreJson.Deserialize<List<Annotation>>(Str(r, 18)) ?? [],
            Rating = StoreJson.Deserialize<ReviewRating>(Str(r, 19)),
            Screening = StoreJson.Deserialize<ScreeningDecision>(Str(r, 20)),
        };
    }

    private static ExtractedText? ReadExtracted(NpgsqlDataReader r)
    {
        var facts = StoreJson.Deserialize<ExtractionFacts>(Str(r, 13));
        if (facts is null)
        {
            return null;
        }

        return new ExtractedText(
            Str(r, 10) ?? string.Empty,
            StoreJson.Deserialize<List<PageInfo>>(Str(r, 11)) ?? [],
            StoreJson.Deserialize<List<Footnote>>(Str(r, 12)) ?? [],
            r.IsDBNull(14) ? new OffsetMap() : OffsetMap.Deserialize(r.GetFieldValue<byte[]>(14)),
            facts)
        {
            Blocks = StoreJson.Deserialize<List<TextBlock>>(Str(r, 15)) ?? [],
        };
    }

    public static async Task<IReadOnlyList<RunRecord>> RecentRunsAsync(NpgsqlConnection c, int count, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT id, trig, started_at, finished_at, summary_json::text FROM runs ORDER BY id DESC LIMIT @n", c);
        cmd.Parameters.AddWithValue("n", count);
        await using var r = await cmd.ExecuteReaderAsync(ct);
        var list = new List<RunRecord>();
        while (await r.ReadAsync(ct))
        {
            list.Add(new RunRecord(
                r.GetInt64(0),
                r.GetString(1),
                r.GetFieldValue<DateTimeOffset>(2),
                r.IsDBNull(3) ? null : r.GetFieldValue<DateTimeOffset>(3),
                StoreJson.Deserialize<RunSummary>(Str(r, 4))));
        }

        return list;
    }

    private static string? Str(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
