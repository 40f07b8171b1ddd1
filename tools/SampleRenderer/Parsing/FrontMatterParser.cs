using System.Globalization;
using SampleRenderer.Model;

namespace SampleRenderer.Parsing;

/// <summary>
/// Reads the <c>key: value</c> lines between the two <c>---</c> lines. Bad values are errors: a
/// sample rendered with a silently defaulted setting would test something else than intended.
/// </summary>
public static class FrontMatterParser
{
    private static readonly HashSet<string> KnownKeys =
    [
        "id", "producer", "columns", "font", "font_size",
        "header_left", "header_center", "header_right",
        "footer_left", "footer_center", "footer_right",
        "hyphenate", "justify", "table_padding",
    ];

    // Keys other tools read (heldout: the sample is kept out of training); the renderer ignores them.
    private static readonly HashSet<string> IgnoredKeys = ["heldout"];

    /// <summary>Parses the front matter; returns it and the index of the first body line.</summary>
    public static (FrontMatter Front, int BodyStart) Parse(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || lines[0].Trim() != "---")
        {
            throw new SourceFormatException(1, "review.md must start with a --- front matter line");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 1;
        for (; i < lines.Count && lines[i].Trim() != "---"; i++)
        {
            ReadPair(lines[i], i + 1, values);
        }

        if (i >= lines.Count)
        {
            throw new SourceFormatException(lines.Count, "front matter is not closed by a --- line");
        }

        return (Build(values), i + 1);
    }

    private static void ReadPair(string line, int lineNo, Dictionary<string, string> values)
    {
        if (line.Trim().Length == 0)
        {
            return;
        }

        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0)
        {
            throw new SourceFormatException(lineNo, "expected key: value, got: " + line);
        }

        var key = line[..colon].Trim();
        if (KnownKeys.Contains(key))
        {
            values[key] = line[(colon + 1)..].Trim();
        }
    }

    /// <summary>
    /// Unknown keys are warned about rather than refused, so a key another tool adds does not
    /// stop the render, while a typo (<c>colums: 2</c>) is still reported.
    /// </summary>
    public static IEnumerable<string> Warnings(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 1; i < lines.Length && lines[i].Trim() != "---"; i++)
        {
            var colon = lines[i].IndexOf(':', StringComparison.Ordinal);
            var key = colon > 0 ? lines[i][..colon].Trim() : "";
            if (key.Length > 0 && !KnownKeys.Contains(key) && !IgnoredKeys.Contains(key))
            {
                yield return $"line {i + 1}: unknown front matter key '{key}' is ignored";
            }
        }
    }

    private static FrontMatter Build(Dictionary<string, string> v)
    {
        string Get(string key, string fallback) => v.TryGetValue(key, out var s) ? s : fallback;

        var id = Get("id", "");
        if (id.Length == 0)
        {
            throw new SourceFormatException("front matter needs an id");
        }

        return new FrontMatter(
            id,
            ParseProducer(Get("producer", "")),
            ParseColumns(Get("columns", "1")),
            ParseFont(Get("font", "serif")),
            ParseFontSize(Get("font_size", "11")),
            new Furniture(Get("header_left", ""), Get("header_center", ""), Get("header_right", "")),
            new Furniture(Get("footer_left", ""), Get("footer_center", ""), Get("footer_right", "")),
            ParseBool("hyphenate", Get("hyphenate", "false")),
            ParseBool("justify", Get("justify", "false")),
            ParseTablePadding(Get("table_padding", "3")));
    }

    private static Producer ParseProducer(string s) => s switch
    {
        "libreoffice" => Producer.LibreOffice,
        "chromium" => Producer.Chromium,
        "pdfsharp" => Producer.PdfSharp,
        _ => throw new SourceFormatException($"producer must be libreoffice, chromium or pdfsharp, got '{s}'"),
    };

    private static int ParseColumns(string s) => s switch
    {
        "1" => 1,
        "2" => 2,
        _ => throw new SourceFormatException($"columns must be 1 or 2, got '{s}'"),
    };

    private static FontKind ParseFont(string s) => s switch
    {
        "serif" => FontKind.Serif,
        "sans" => FontKind.Sans,
        _ => throw new SourceFormatException($"font must be serif or sans, got '{s}'"),
    };

    private static double ParseFontSize(string s)
    {
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var size) || size < 10 || size > 12)
        {
            throw new SourceFormatException($"font_size must be a number from 10 to 12, got '{s}'");
        }

        return size;
    }

    private static double ParseTablePadding(string s)
    {
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var pt) || pt < 1 || pt > 8)
        {
            throw new SourceFormatException($"table_padding must be a number of points from 1 to 8, got '{s}'");
        }

        return pt;
    }

    private static bool ParseBool(string key, string s) => s switch
    {
        "true" => true,
        "false" => false,
        _ => throw new SourceFormatException($"{key} must be true or false, got '{s}'"),
    };
}
