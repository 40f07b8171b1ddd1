using System.Reflection;
using System.Text.RegularExpressions;

namespace Ingest.Core.Sections;

/// <summary>
/// Names a section's type from its heading with the table in Data/section-types.tsv (kept as data so
/// that analysts' wordings can be added without code). A sub-heading that names no type takes its
/// parent's: "15.1 Eastmarch Police" under "Analysis of agency involvement" is analysis.
/// </summary>
public sealed class SectionTypeClassifier
{
    private readonly List<(string Type, Regex Pattern)> _rows;

    private SectionTypeClassifier(List<(string Type, Regex Pattern)> rows) => _rows = rows;

    public static SectionTypeClassifier Default { get; } = Load();

    public string? Match(string heading)
    {
        // The wording decides first ("Appendix A: Glossary" is a glossary); the numbering only where
        // the wording names nothing ("Appendix C: Letter from the Home Office" is an appendix).
        var text = HeadingText.WithoutNumber(heading).Trim();
        return First(text) ?? First(heading.Trim());
    }

    private string? First(string text)
    {
        foreach (var (type, pattern) in _rows)
        {
            if (pattern.IsMatch(text))
            {
                return type;
            }
        }

        return null;
    }

    private static SectionTypeClassifier Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Core.Data.section-types.tsv")
            ?? throw new InvalidOperationException("section-types.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, Regex)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            rows.Add((line[..tab], new Regex(line[(tab + 1)..], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled)));
        }

        return new SectionTypeClassifier(rows);
    }
}
