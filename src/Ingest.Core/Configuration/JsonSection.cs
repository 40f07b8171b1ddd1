using System.Text.Json;

namespace Ingest.Core.Configuration;

/// <summary>
/// Reads one object of pipeline.json with checks: every problem names its JSON path, and keys the
/// reader was not asked about are reported as unknown (a typo must not silently fall back to a default).
/// </summary>
public sealed class JsonSection
{
    private readonly JsonElement _element;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public JsonSection(JsonElement element, string path)
    {
        Path = path;
        if (element.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            _element = default;
            return;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            throw new ConfigurationException(path, $"expected an object, found {element.ValueKind}");
        }

        _element = element;
    }

    public string Path { get; }

    public bool Has(string key) => _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(key, out _);

    public JsonElement Raw(string key)
    {
        _read.Add(key);
        return _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(key, out var v) ? v : default;
    }

    public JsonSection Section(string key) => new(Raw(key), $"{Path}.{key}");

    public int Int(string key, int fallback, int min, int max)
    {
        var v = Raw(key);
        if (v.ValueKind == JsonValueKind.Undefined)
        {
            return fallback;
        }

        if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var n))
        {
            throw new ConfigurationException($"{Path}.{key}", $"expected a whole number, found {Describe(v)}");
        }

        return n < min || n > max
            ? throw new ConfigurationException($"{Path}.{key}", $"{n} is out of range [{min}, {max}]")
            : n;
    }

    public double Double(string key, double fallback, double min, double max)
    {
        var v = Raw(key);
        if (v.ValueKind == JsonValueKind.Undefined)
        {
            return fallback;
        }

        if (v.ValueKind != JsonValueKind.Number)
        {
            throw new ConfigurationException($"{Path}.{key}", $"expected a number, found {Describe(v)}");
        }

        var d = v.GetDouble();
        return d < min || d > max
            ? throw new ConfigurationException($"{Path}.{key}", $"{d} is out of range [{min}, {max}]")
            : d;
    }

    public bool Bool(string key, bool fallback)
    {
        var v = Raw(key);
        return v.ValueKind switch
        {
            JsonValueKind.Undefined => fallback,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new ConfigurationException($"{Path}.{key}", $"expected true or false, found {Describe(v)}"),
        };
    }

    public string? String(string key, string? fallback)
    {
        var v = Raw(key);
        return v.ValueKind switch
        {
            JsonValueKind.Undefined or JsonValueKind.Null => fallback,
            JsonValueKind.String => v.GetString(),
            _ => throw new ConfigurationException($"{Path}.{key}", $"expected a string, found {Describe(v)}"),
        };
    }

    public string Choice(string key, string fallback, params string[] allowed)
    {
        var s = String(key, fallback) ?? fallback;
        return allowed.Contains(s, StringComparer.Ordinal)
            ? s
            : throw new ConfigurationException($"{Path}.{key}", $"'{s}' is not one of: {string.Join(", ", allowed)}");
    }

    public IReadOnlyList<string> Strings(string key)
    {
        var v = Raw(key);
        if (v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return [];
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigurationException($"{Path}.{key}", $"expected an array of strings, found {Describe(v)}");
        }

        var list = new List<string>();
        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            list.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new ConfigurationException($"{Path}.{key}[{i}]", $"expected a string, found {Describe(item)}"));
            i++;
        }

        return list;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(string key)
    {
        var v = Raw(key);
        if (v.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            yield break;
        }

        if (v.ValueKind != JsonValueKind.Array)
        {
            throw new ConfigurationException($"{Path}.{key}", $"expected an array, found {Describe(v)}");
        }

        var i = 0;
        foreach (var item in v.EnumerateArray())
        {
            yield return (item, $"{Path}.{key}[{i++}]");
        }
    }

    /// <summary>Call after reading every known key: anything left is a typo or an unsupported option.</summary>
    public void RejectUnknown()
    {
        if (_element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        foreach (var p in _element.EnumerateObject())
        {
            if (!_read.Contains(p.Name) && !p.Name.StartsWith('$') && !p.Name.StartsWith("//", StringComparison.Ordinal))
            {
                throw new ConfigurationException($"{Path}.{p.Name}", "unknown option");
            }
        }
    }

    private static string Describe(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.String => $"\"{v.GetString()}\"",
        JsonValueKind.Undefined => "nothing",
        _ => v.GetRawText(),
    };
}
