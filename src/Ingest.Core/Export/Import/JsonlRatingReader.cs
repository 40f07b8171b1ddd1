using System.Text.Json;
using Ingest.Core.Documents;

namespace Ingest.Core.Export.Import;

/// <summary>
/// The `rating` and `screening` objects of the export (CONTRACT §3), read leniently: a criterion may be
/// a bare score or an object with its score, evidence and explanation; null means "not computed".
/// </summary>
internal static class JsonlRatingReader
{
    public static ReviewRating? ReadRating(JsonElement root)
    {
        if (!root.TryGetProperty("rating", out var r) || r.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var criteria = new Dictionary<string, CriterionScore>(StringComparer.Ordinal);
        if (r.TryGetProperty("criteria", out var c) && c.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in c.EnumerateObject())
            {
                criteria[p.Name] = p.Value.ValueKind == JsonValueKind.Number
                    ? new CriterionScore(p.Value.GetInt32(), [], string.Empty)
                    : new CriterionScore(JsonlDocumentReader.Int(p.Value, "score"),
                        JsonlDocumentReader.Array(p.Value, "evidence").Select(e => e.GetString()!).ToList(),
                        JsonlDocumentReader.Str(p.Value, "explanation") ?? string.Empty);
            }
        }

        // The export writes each score under `criteria` (as CONTRACT §3 shows) and what it rests on
        // under `criteria_evidence`; both are read so that a round trip loses nothing.
        if (r.TryGetProperty("criteria_evidence", out var ev) && ev.ValueKind == JsonValueKind.Object)
        {
            foreach (var p in ev.EnumerateObject().Where(p => criteria.ContainsKey(p.Name)))
            {
                criteria[p.Name] = criteria[p.Name] with
                {
                    Evidence = JsonlDocumentReader.Array(p.Value, "evidence").Select(e => e.GetString()!).ToList(),
                    Explanation = JsonlDocumentReader.Str(p.Value, "explanation") ?? string.Empty,
                };
            }
        }

        return new ReviewRating(JsonlDocumentReader.Int(r, "suggested"), Double(r, "confidence"), criteria, JsonlDocumentReader.Str(r, "producer") ?? "import")
        {
            Confirmed = r.TryGetProperty("confirmed", out var k) && k.ValueKind == JsonValueKind.Number ? k.GetInt32() : null,
            ConfirmedBy = JsonlDocumentReader.Str(r, "confirmed_by"),
            Reason = JsonlDocumentReader.Str(r, "reason"),
        };
    }

    public static ScreeningDecision? ReadScreening(JsonElement root)
    {
        if (!root.TryGetProperty("screening", out var s) || s.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        return new ScreeningDecision(
            s.TryGetProperty("police_engagement", out var p) && p.ValueKind == JsonValueKind.True,
            Double(s, "confidence"),
            JsonlDocumentReader.Array(s, "evidence").Select(e => e.GetString()!).ToList(),
            JsonlDocumentReader.Str(s, "producer") ?? "import")
        {
            Confirmed = s.TryGetProperty("confirmed", out var k) && k.ValueKind is JsonValueKind.True or JsonValueKind.False ? k.GetBoolean() : null,
            ConfirmedBy = JsonlDocumentReader.Str(s, "confirmed_by"),
        };
    }

    private static double Double(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : 0;
}
