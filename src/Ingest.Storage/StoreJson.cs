using System.Text.Json;
using System.Text.Json.Serialization;

namespace Ingest.Storage;

/// <summary>One set of JSON settings for everything the store keeps as JSON columns.</summary>
internal static class StoreJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        WriteIndented = false,

        // Coordinates from broken PDFs can be infinite or NaN; they are stored as such, never lost.
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);

    public static T? Deserialize<T>(string? json) => json is null ? default : JsonSerializer.Deserialize<T>(json, Options);
}
