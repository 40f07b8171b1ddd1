using System.Reflection;
using System.Text.RegularExpressions;

namespace Ingest.Core.Sections;

/// <summary>
/// Names a section's type from its heading with the table in Data/section-types.tsv (kept as data so
/// that analysts' wordings can be added without code). A sub-heading that names no type takes its
/// parent's: "15.1 Eastmarch Police" under "Analysis of agency involvement" is analysis. The table's
/// fallback rows (a heading that is only a name or a period) decide only where there is no parent, and
/// so do rows marked "yields" (a heading that only numbers a theme: "Theme 2: ..." under "Recommendations").
/// </summary>
public sealed class SectionTypeClassifier
{
    private const string FallbackMarker = "#fallbacks";
    private const string YieldsMarker = "yields";

    private readonly List<(string Type, Regex Pattern, bool Fallback)> _rows;

    private SectionTypeClassifier(List<(string Type, Regex Pattern, bool Fallback)> rows) => _rows = rows;

    public static SectionTypeClassifier Default { get; } = Load();

    /// <param name="heading">The heading as printed, numbering included.</param>
    /// <param name="underChapter">True when the heading has a parent whose type it would otherwise take.</param>
    public string? Match(string heading, bool underChapter = false)
    {
        // The wording decides first ("Appendix A: Glossary" is a glossary); the numbering only where
        // the wording names nothing ("Appendix C: Letter from the Home Office" is an appendix).
        var text = HeadingText.WithoutNumber(heading).Trim();
        return First(text, underChapter) ?? First(heading.Trim(), underChapter);
    }

    private string? First(string text, bool underChapter)
    {
        foreach (var (type, pattern, fallback) in _rows)
        {
            if (!(fallback && underChapter) && pattern.IsMatch(text))
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
        return Parse(reader);
    }

    /// <summary>A classifier from a table in the format of section-types.tsv (an earlier version of it, to measure the rules as they stood).</summary>
    public static SectionTypeClassifier Parse(TextReader reader)
    {
        var rows = new List<(string, Regex, bool)>();
        var fallback = false;
        while (reader.ReadLine() is { } line)
        {
            fallback |= line == FallbackMarker;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // An optional third column "yields" makes one row a fallback in its place in the order:
            // it names the type only where the heading has no parent chapter to take it from.
            var columns = line.Split('\t');
            var yields = columns.Length > 2 && columns[2] == YieldsMarker;
            rows.Add((columns[0], new Regex(columns[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled), fallback || yields));
        }

        return new SectionTypeClassifier(rows);
    }
}
