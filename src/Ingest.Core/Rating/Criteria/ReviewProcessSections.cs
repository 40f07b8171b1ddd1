using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// The sections outside the methodology section that still say how the review was done. The Home Office
/// DHR template splits the method over "Contributors to the Review", "The Review Panel Members" and
/// "Author of the Overview Report", and older serious case reviews give the IMRs a chapter of their own
/// ("Individual Management Reviews", one subsection per agency); a review written that way describes its
/// method as fully as one with a single long methodology section. Statements by the reviewer or panel
/// chair (the Welsh template's declarations), appendices, terms of reference and analysis are not.
/// </summary>
public static partial class ReviewProcessSections
{
    // Only the template's own front matter: the methodology section is counted already, and an analysis
    // section headed "The agency reports" judges the reports rather than saying how they were gathered.
    private static readonly HashSet<string> FrontMatter = new(StringComparer.Ordinal) { "other", "introduction" };

    /// <summary>The words of the process sections, each with its subsections.</summary>
    public static int Words(RatingInput input)
    {
        var words = 0;
        var sections = input.Sections;
        for (var i = 0; i < sections.Count; i++)
        {
            if (!IsProcessSection(sections[i]))
            {
                continue;
            }

            var end = i + 1;
            while (end < sections.Count && sections[end].Level > sections[i].Level)
            {
                end++;
            }

            words += input.WordsIn(sections[i].Start, sections[end - 1].End);
            i = end - 1;
        }

        return words;
    }

    private static bool IsProcessSection(Section section) =>
        section.Heading is { } heading && FrontMatter.Contains(section.Type)
        && ProcessHeading().IsMatch(heading) && !Statement().IsMatch(heading);

    [GeneratedRegex(@"\bcontributors?\b|\bindividual management reviews?\b|\bIMRs\b|\bagency reports\b|\breports received\b|\bpanel members(hip)?\b|\breview panel\b|\bchair and the panel\b|\bauthor of the\b|\bindependent (author|chair|reviewer)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessHeading();

    [GeneratedRegex(@"\bstatement\b", RegexOptions.IgnoreCase)]
    private static partial Regex Statement();
}
