using System.Text.RegularExpressions;

namespace Ingest.Core.Sections;

/// <summary>What a heading's numbering says: "4.2" is level 2, "Appendix B", "Part 2" and "PART TWO" are level 1.</summary>
public static partial class HeadingText
{
    public static string WithoutNumber(string heading) => Number().Replace(heading, string.Empty, 1);

    /// <summary>The level the numbering implies, or null when the heading is not numbered.</summary>
    public static int? LevelFromNumber(string heading)
    {
        var m = Number().Match(heading);
        if (!m.Success)
        {
            return null;
        }

        if (m.Groups["dotted"].Success)
        {
            // "5.0 Summary of Agency Involvement" is chapter 5: a trailing zero numbers the chapter, not a part of it.
            var parts = m.Groups["dotted"].Value.TrimEnd('.').Split('.');
            var depth = parts.Length;
            while (depth > 1 && parts[depth - 1].All(c => c == '0'))
            {
                depth--;
            }

            return Math.Min(3, depth);
        }

        return m.Groups["part"].Success ? 1 : null;
    }

    public static bool IsNumbered(string heading) => Number().IsMatch(heading);

    /// <summary>True when the heading carries a chapter number ("4 Analysis", "4.2 The police"), not a part's ("Part 2", "Appendix B").</summary>
    public static bool IsChapterNumbered(string heading) => Number().Match(heading).Groups["dotted"].Success;

    // Lettered chapters: "A1", "D.2" and, session 19, the chapter letter alone ("D: The Individual Management Reviews").
    // Two look-alikes are not numbering: a date's day ("9 June 2024", "6 - 7 January 2023" under "What happened") and a statute's
    // section ("Section 136 and the return home", "Section 47 enquiries"), which reviews name in running words
    // where their own "Section 2: Background" puts a colon, dash or full stop after the number.
    [GeneratedRegex(@"^\s*(?:(?<dotted>\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?=\s)(?!\s+(?:(?:[-–—]|to|and)\s*\d{1,2}(?:st|nd|rd|th)?\s+)?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)|(?<part>(?:part|appendix|annex|chapter)\s+(?:\d+|[A-Z]|[IVX]+|one|two|three|four|five|six|seven|eight|nine|ten)\b[.:]?|section\s+(?:\d+|[A-Z]|[IVX]+)(?:[.:]|\s*[—–-]|\s*$))|(?<roman>[IVX]{1,4}\.)(?=\s)|(?<lettered>(?-i:[A-H])(?:\d{1,2}|\.\d{1,2})(?:\.\d{1,2}){0,2}\.?|(?-i:[A-H])[.:])(?=\s))\s*(?:[—–]\s*)?", RegexOptions.IgnoreCase)]
    private static partial Regex Number();
}
