using System.Text.Json;
using System.Text.Json.Serialization;
using Ingest.Core.Documents;

namespace Ingest.Core.Review;

/// <summary>
/// Reads the before/after snapshots of the audit log. Every store writes them as snake_case JSON
/// (SQLite's StoreJson, PostgreSQL's jsonb columns), so one reader serves the overlay and the pages.
/// </summary>
public static class DecisionSnapshot
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static Annotation? Annotation(string? json) => Read<Annotation>(json);

    public static ReviewRating? Rating(string? json) => Read<ReviewRating>(json);

    public static ScreeningDecision? Screening(string? json) => Read<ScreeningDecision>(json);

    private static T? Read<T>(string? json)
        where T : class => json is null ? null : JsonSerializer.Deserialize<T>(json, Options);
}
