namespace Ingest.Storage.Postgres;

/// <summary>
/// PostgreSQL's text and jsonb cannot hold the NUL character (SQLite can). A NUL in a PDF's title or a
/// reason would otherwise fail the whole save, so it is stored as U+FFFD (the replacement character);
/// the cleaned text itself never contains one (the extractor drops control characters).
/// </summary>
internal static class PgText
{
    private const string JsonNul = "\\u0000";

    public static string? Clean(string? value) =>
        value is null || !value.Contains('\0', StringComparison.Ordinal) ? value : value.Replace('\0', '\uFFFD');

    /// <summary>JSON escapes NUL as \u0000, which jsonb rejects; an escaped backslash before it ("\\u0000") is left alone.</summary>
    public static string? CleanJson(string? json)
    {
        if (json is null || !json.Contains(JsonNul, StringComparison.Ordinal))
        {
            return json;
        }

        var sb = new System.Text.StringBuilder(json.Length);
        for (var i = 0; i < json.Length; i++)
        {
            if (json[i] == '\\' && i + 1 < json.Length)
            {
                var escaped = string.CompareOrdinal(json, i, JsonNul, 0, JsonNul.Length) == 0;
                sb.Append(escaped ? "\\uFFFD" : json.AsSpan(i, 2));
                i += escaped ? JsonNul.Length - 1 : 1;
                continue;
            }

            sb.Append(json[i]);
        }

        return sb.ToString();
    }
}
