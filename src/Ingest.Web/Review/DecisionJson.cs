using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Core.Documents;

namespace Ingest.Web.Review;

/// <summary>Reads the before/after snapshots of the audit log (the store writes them as snake_case JSON).</summary>
internal static class DecisionJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Annotation? Annotation(string? json) => json is null ? null : JsonSerializer.Deserialize<Annotation>(json, Options);

    public static ReviewRating? Rating(string? json) => json is null ? null : JsonSerializer.Deserialize<ReviewRating>(json, Options);

    /// <summary>A one-line summary of a snapshot for the audit view: "police_mention, accepted" or "rating 3 (suggested 2)".</summary>
    public static string Summary(string targetKind, string? json)
    {
        if (json is null)
        {
            return "—";
        }

        if (targetKind == Core.Review.DecisionTargets.Rating)
        {
            var r = Rating(json);
            return r is null ? "—" : r.Confirmed is { } c ? $"rating {c} (suggested {r.Suggested})" : $"suggested {r.Suggested}, not confirmed";
        }

        var a = Annotation(json);
        if (a is null)
        {
            return "—";
        }

        var agencies = a.Attributes.Agencies is { Count: > 0 } list ? string.Join(", ", list) : a.Attributes.Agency;
        return agencies is null ? $"{a.Label}, {a.Status}" : $"{a.Label} [{agencies}], {a.Status}";
    }

    /// <summary>The category a coder gave one suggestion, for agreement: the label kept, or "none" when rejected.</summary>
    public static string? CodedCategory(string? afterJson)
    {
        var a = Annotation(afterJson);
        return a is null ? null : a.Status == "rejected" ? "none" : a.Label;
    }
}
