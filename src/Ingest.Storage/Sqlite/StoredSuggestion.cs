using Ingest.Core.Documents;
using Microsoft.Data.Sqlite;
using static Ingest.Storage.Sqlite.SqliteConnector;

namespace Ingest.Storage.Sqlite;

/// <summary>
/// Finds one suggestion as the pipeline stored it inside the document's annotations array, without
/// bringing the array into .NET: SQLite finds the object by its serialized id (StoreJson writes the id
/// first) and hands back only the text from there, so a decision on a review with thousands of
/// suggestions parses one annotation. (SQLite's json_each/json_extract parse the whole array on every
/// call: 15-20 ms for 2,000 suggestions; marshalling the 650 KB array took 2-10 ms and megabyte strings.)
/// </summary>
internal static class StoredSuggestion
{
    /// <summary>Characters fetched at first; a longer annotation (a long recommendation) is fetched whole.</summary>
    private const int FirstFetch = 16_384;

    public static async Task<Annotation?> FindAsync(SqliteConnection c, SqliteTransaction tx, string documentId, string annotationId, CancellationToken ct)
    {
        var needle = "{\"id\":" + StoreJson.Serialize(annotationId) + ",";
        foreach (var limit in new long[] { FirstFetch, int.MaxValue })
        {
            await using var cmd = Command(c, tx, """
                SELECT substr(annotations_json, instr(annotations_json, $n), $len) FROM documents
                WHERE id = $id AND instr(annotations_json, $n) > 0
                """);
            cmd.Parameters.AddWithValue("$id", documentId);
            cmd.Parameters.AddWithValue("$n", needle);
            cmd.Parameters.AddWithValue("$len", limit);
            if (await cmd.ExecuteScalarAsync(ct) is not string json)
            {
                return null;
            }

            var length = JsonObjectLength(json);
            if (length > 0)
            {
                var annotation = StoreJson.Deserialize<Annotation>(json[..length]);
                return annotation?.Id == annotationId ? annotation : null;
            }
        }

        throw new InvalidOperationException("the stored annotations are not valid JSON");
    }

    /// <summary>The length of the JSON object at the start of <paramref name="json"/> (braces inside strings ignored), or -1 when it does not end in it.</summary>
    internal static int JsonObjectLength(string json)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var ch = json[i];
            if (inString)
            {
                if (ch == '\\')
                {
                    i++;
                }
                else if (ch == '"')
                {
                    inString = false;
                }
            }
            else if (ch == '"')
            {
                inString = true;
            }
            else if (ch == '{')
            {
                depth++;
            }
            else if (ch == '}' && --depth == 0)
            {
                return i + 1;
            }
        }

        return -1;
    }
}
