using System.Reflection;
using System.Text.RegularExpressions;

namespace Ingest.Core.Sections;

/// <summary>
/// Names a section's type from its heading with the table in Data/section-types.tsv (kept as data so
/// that analysts' wordings can be added without code). A sub-heading that names no type takes its
/// parent's: "15.1 Eastmarch Police" under "Analysis of agency involvement" is analysis. The table's
/// fallback rows (a heading that is only a name or a period) decide only where there is no parent, and
/// so do rows marked "yields" (a heading that only numbers a theme: "Theme 2: ..." under "Recommendations").
/// A row marked "yields:analysis,findings" yields only under chapters of those types: "Equality" is the
/// review's own statement at the top or in its methodology, but a theme of practice inside the analysis;
/// "yields:*" under any chapter ("ToR 3: What happened to the referral?" is a part of its chapter, never a chronology).
/// </summary>
public sealed partial class SectionTypeClassifier
{
    private const string FallbackMarker = "#fallbacks";
    private const string YieldsMarker = "yields";
    private const string AnyChapter = "*";

    /// <summary>
    /// One row of the table: under a chapter of a type in <paramref name="YieldsTo"/> (null: any) the row does not decide;
    /// where it <paramref name="Claims"/> the heading it yields, no later row may name it either.
    /// </summary>
    private sealed record Row(string Type, Regex Pattern, bool Yields, IReadOnlySet<string>? YieldsTo, bool Claims);

    private readonly List<Row> _rows;

    private SectionTypeClassifier(List<Row> rows) => _rows = rows;

    public static SectionTypeClassifier Default { get; } = Load();

    /// <summary>
    /// The type of a heading placed in the report: what its wording names, or else its chapter's type
    /// (<paramref name="chapterType"/>, null for a heading that opens a chapter), or else other.
    /// </summary>
    public string TypeOf(string heading, string? chapterType)
    {
        var chapter = chapterType is "other" ? null : chapterType;
        return Match(heading, chapter) ?? chapterType ?? "other";
    }

    /// <param name="heading">The heading as printed, numbering included.</param>
    /// <param name="underChapter">True when the heading has a parent whose type it would otherwise take.</param>
    public string? Match(string heading, bool underChapter = false) => Match(heading, underChapter ? "" : null);

    /// <param name="heading">The heading as printed, numbering included.</param>
    /// <param name="chapterType">The type of the chapter the heading sits in ("" for a chapter of unknown type), or null at the top.</param>
    public string? Match(string heading, string? chapterType)
    {
        // The wording decides first ("Appendix A: Glossary" is a glossary); the numbering only where
        // the wording names nothing ("Appendix C: Letter from the Home Office" is an appendix).
        // A hyphen or colon left between the number and the words ("Part 2 - The facts") and a colon closing the
        // heading ("Summary:") are no part of the wording the rows read.
        var text = QuestionOrBracketNumber().Replace(HeadingText.WithoutNumber(heading), string.Empty, 1).Trim().TrimStart(Separators).TrimEnd(':').Trim();
        var named = First(text, chapterType);

        // Only the review's apparatus gives way to the numbering: "Appendix 1: Review panel membership" is an appendix.
        return named is "other" && IsAppendix(heading.Trim()) ? "appendix" : named ?? First(heading.Trim(), chapterType);
    }

    private static readonly char[] Separators = ['-', '–', '—', ':', ' '];

    private bool IsAppendix(string heading) => _rows.Any(r => r.Type == "appendix" && r.Pattern.IsMatch(heading));

    private string? First(string text, string? chapterType)
    {
        foreach (var row in _rows)
        {
            var yields = row.Yields && chapterType is not null && (row.YieldsTo is null || row.YieldsTo.Contains(chapterType));
            if (!yields && row.Pattern.IsMatch(text))
            {
                return row.Type;
            }

            // A row that names the chapters it yields to has recognised the heading: no later row may claim it
            // ("Learning for agencies" under "Improving systems and practice" is not the lessons learned).
            if (yields && row.Claims && row.Pattern.IsMatch(text))
            {
                return null;
            }
        }

        return null;
    }

    // Numberings the level does not use but the wording must lose: "Q2. What did the Board ask?", "(7) Background",
    // "4) The family's contribution", "7(a) Stalking", "6E What went well".
    [GeneratedRegex(@"^\s*(?:Q\d{1,2}[.:]?|\(\d{1,2}(?:\.\d{1,2})*\)|\d{1,2}\)|\d{1,2}\([a-z]\)|(?-i:\d{1,2}[A-H]))\s+", RegexOptions.IgnoreCase)]
    private static partial Regex QuestionOrBracketNumber();

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
        var rows = new List<Row>();
        var fallback = false;
        while (reader.ReadLine() is { } line)
        {
            fallback |= line == FallbackMarker;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            // An optional third column "yields" makes one row a fallback in its place in the order:
            // it names the type only where the heading has no parent chapter to take it from;
            // "yields:methodology,analysis" only where the parent chapter is of one of those types.
            var columns = line.Split('\t');
            var yields = columns.Length > 2 && columns[2].StartsWith(YieldsMarker, StringComparison.Ordinal);
            // "yields:*" yields under any chapter and, as a list does, keeps later rows from the heading.
            var listed = yields && columns[2].StartsWith(YieldsMarker + ":", StringComparison.Ordinal) ? columns[2][(YieldsMarker.Length + 1)..] : null;
            var to = listed is null or AnyChapter ? null : listed.Split(',').ToHashSet(StringComparer.Ordinal);
            var pattern = new Regex(columns[1], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
            rows.Add(new Row(columns[0], pattern, fallback || yields, fallback ? null : to, !fallback && listed is not null));
        }

        return new SectionTypeClassifier(rows);
    }
}
