using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Turns what a user writes into an Npgsql connection string: either a URL as libpq and most hosting
/// services give it (<c>postgres://user:password@host:port/database?sslmode=require</c>) or Npgsql's own
/// <c>Host=...;Database=...</c> form. Anything it cannot read is a <see cref="FormatException"/> whose
/// message says what is wrong, never the password.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>libpq's query parameter names that differ from Npgsql's keywords.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["search_path"] = "Search Path",
        ["target_session_attrs"] = "Target Session Attributes",
        ["options"] = "Options",
    };

    public static bool IsUrl(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase);

    public static string ToNpgsql(string value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new FormatException("is empty");
        }

        return IsUrl(value) ? FromUrl(value.Trim()) : FromKeywords(value);
    }

    private static string FromKeywords(string value)
    {
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(value);
            if (string.IsNullOrEmpty(builder.Host))
            {
                throw new FormatException("names no Host (expected Host=...;Database=...;Username=... or postgres://user:password@host:port/database)");
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException e)
        {
            throw new FormatException($"is not a PostgreSQL connection string ({e.Message.Split('\n')[0].Trim()})", e);
        }
    }

    private static string FromUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || string.IsNullOrEmpty(uri.Host))
        {
            throw new FormatException("is not a valid URL (expected postgres://user:password@host:port/database)");
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.Trim('/'));
        if (database.Length == 0 || database.Contains('/', StringComparison.Ordinal))
        {
            throw new FormatException("names no database (expected postgres://user:password@host:port/database)");
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.IdnHost, Database = database };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var colon = uri.UserInfo.IndexOf(':', StringComparison.Ordinal);
            builder.Username = Uri.UnescapeDataString(colon < 0 ? uri.UserInfo : uri.UserInfo[..colon]);
            if (colon >= 0)
            {
                builder.Password = Uri.UnescapeDataString(uri.UserInfo[(colon + 1)..]);
            }
        }

        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Uri.UnescapeDataString(eq < 0 ? pair : pair[..eq]);
            var value = eq < 0 ? string.Empty : Uri.UnescapeDataString(pair[(eq + 1)..].Replace('+', ' '));
            try
            {
                builder[LibpqNames.GetValueOrDefault(name, name)] = value;
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                throw new FormatException($"has a parameter Npgsql does not accept: '{name}={value}' ({e.Message.Split('\n')[0].Trim()})", e);
            }
        }

        return builder.ConnectionString;
    }
}
