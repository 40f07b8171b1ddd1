using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>
/// Reads dates in the forms reviews use: "4th March 2021", "4 March 2021", "March 4, 2021",
/// "March 2021", "04/03/2021", "04.03.21" and "04-03-2021" (day first, UK), "2021-03-04", "21 Jan 23" and "12/2023", seasons and parts of a
/// year as month ranges ("Spring 2020" is March to May, "late 2019" is September to December, "late summer 2021"
/// July and August), the fixed
/// days a narrative names ("Christmas Day 2020"), and each day of a list that shares one month ("on 3 and 4 May 2021").
/// </summary>
public static partial class DateReader
{
    private static readonly string[] Months =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    public static IReadOnlyList<(ReviewDate Date, int Start, int End)> FindAll(string text)
    {
        var found = new List<(ReviewDate, int, int)>();
        foreach (Match m in AnyDate().Matches(text))
        {
            var date = Parse(m);
            if (date is not null)
            {
                found.AddRange(ListedDays(text, m, date));
                found.Add((date, m.Index, m.Index + m.Length));
            }
        }

        return found;
    }

    /// <summary>
    /// A day and month written without a year ("on 14th December", "Easter Monday 2023 (10 April)"), as
    /// narratives do once the year is plain from what went before: the caller supplies that year
    /// (<see cref="OnDay"/>). A day-month followed by a year is a full date and is not found here.
    /// </summary>
    public static IReadOnlyList<(int Day, int Month, int Start, int End)> FindYearless(string text) =>
        YearlessDate().Matches(text)
            .Select(m => (int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture), Month(m.Groups["month"].Value), m.Index, m.Index + m.Length))
            .ToList();

    /// <summary>
    /// A month written without a year where the narrative counts on from a date just given ("In the last week
    /// of January 2024 he was found ... He died in hospital in early February"): the caller supplies the year
    /// (<see cref="InMonth"/>). Only a capitalised month after "in", "by", "during" or "until" (or a part of
    /// it: "early", "mid-", "late", "the end of"), so "may" the verb is none; a month with a day or a year
    /// after it is a full date or a yearless day, found elsewhere.
    /// </summary>
    public static IReadOnlyList<(int Month, int Start, int End)> FindYearlessMonths(string text) =>
        YearlessMonth().Matches(text)
            .Select(m => (Month(m.Groups["month"].Value), m.Groups["part"].Success ? m.Groups["part"].Index : m.Groups["month"].Index, m.Index + m.Length))
            .ToList();

    /// <summary>The whole month as a date.</summary>
    public static ReviewDate? InMonth(int year, int month) => MonthRange(year, month, month);

    /// <summary>The day as a date, or null where there is no such day ("31 February").</summary>
    public static ReviewDate? OnDay(int year, int month, int day) => Day(year, month, day);

    public static ReviewDate? ParseOne(string text)
    {
        var m = AnyDate().Match(text);
        return m.Success ? Parse(m) : null;
    }

    /// <summary>
    /// "on 3 and 4 May 2021", "between 5th and 7th June", "the night of 5-6 January 2023": the days written
    /// before a full date share its month and year. Each is a date with its own span, so a reader can take the
    /// one nearest the event. A paragraph number ("4.17 and 4 May 2021") is no day.
    /// </summary>
    private static IEnumerable<(ReviewDate, int, int)> ListedDays(string text, Match m, ReviewDate date)
    {
        if (!m.Groups["dmy_day"].Success || date.First != date.Last)
        {
            yield break;
        }

        // The list is short and ends where the date starts: only the few characters before it are read.
        var from = Math.Max(0, m.Index - 40);
        var list = DayList().Match(text[from..m.Index]);
        if (!list.Success)
        {
            yield break;
        }

        foreach (Capture day in list.Groups["day"].Captures)
        {
            if (Day(date.First.Year, date.First.Month, int.Parse(day.Value, CultureInfo.InvariantCulture)) is { } listed && listed.First < date.First)
            {
                yield return (listed, from + day.Index, from + day.Index + day.Length);
            }
        }
    }

    private static ReviewDate? Parse(Match m)
    {
        var g = m.Groups;
        if (g["holiday"].Success)
        {
            var (month, day) = Holiday(g["holiday"].Value);
            return Day(Year(g["holiday_year"].Value), month, day);
        }

        if (g["dmy_month"].Success)
        {
            var day = g["dmy_word"].Success ? DayOfWord(g["dmy_word"].Value) : int.Parse(g["dmy_day"].Value, CultureInfo.InvariantCulture);
            return Day(Year(g["dmy_year"].Value), Month(g["dmy_month"].Value), day);
        }

        if (g["mdy_month"].Success)
        {
            return Day(Year(g["mdy_year"].Value), Month(g["mdy_month"].Value), int.Parse(g["mdy_day"].Value, CultureInfo.InvariantCulture));
        }

        if (g["num_day"].Success)
        {
            return Day(Year(g["num_year"].Value), int.Parse(g["num_month"].Value, CultureInfo.InvariantCulture), int.Parse(g["num_day"].Value, CultureInfo.InvariantCulture));
        }

        if (g["iso_year"].Success)
        {
            return Day(int.Parse(g["iso_year"].Value, CultureInfo.InvariantCulture), int.Parse(g["iso_month"].Value, CultureInfo.InvariantCulture), int.Parse(g["iso_day"].Value, CultureInfo.InvariantCulture));
        }

        if (g["quarter"].Success)
        {
            var q = g["quarter"].Value[1] - '0';
            return MonthRange(Year(g["quarter_year"].Value), (3 * q) - 2, 3 * q);
        }

        if (g["ny_month"].Success)
        {
            var month = int.Parse(g["ny_month"].Value, CultureInfo.InvariantCulture);
            return MonthRange(Year(g["ny_year"].Value), month, month);
        }

        if (g["my_month"].Success)
        {
            return MonthRange(Year(g["my_year"].Value), Month(g["my_month"].Value), Month(g["my_month"].Value));
        }

        if (g["season_part"].Success)
        {
            return SeasonPart(g["season_part"].Value.ToLowerInvariant(), g["season"].Value.ToLowerInvariant(), Year(g["season_year"].Value));
        }

        if (g["season"].Success)
        {
            var year = Year(g["season_year"].Value);
            return g["season"].Value.ToLowerInvariant() switch
            {
                "spring" => MonthRange(year, 3, 5),
                "summer" => MonthRange(year, 6, 8),
                "autumn" or "fall" => MonthRange(year, 9, 11),
                "winter" => MonthRange(year, 12, 12) is { } w ? new ReviewDate($"{year}-12/{year + 1}-02", w.First, new DateOnly(year + 1, 3, 1).AddDays(-1)) : null,
                "early" => MonthRange(year, 1, 4),
                "mid" or "mid-" => MonthRange(year, 5, 8),
                "late" => MonthRange(year, 9, 12),
                _ => null,
            };
        }

        return null;
    }

    /// <summary>
    /// A part of a season: "early spring 2021" is March and April, "mid-summer" July, "late autumn" October and November.
    /// Winter spans the turn of the year; its late part falls in the year written ("late winter 2023", before a death
    /// in March 2023, is January to March 2023) and its early part at that year's end ("early winter 2022": November and December).
    /// </summary>
    private static ReviewDate? SeasonPart(string part, string season, int year)
    {
        if (season == "winter")
        {
            return part switch
            {
                "late" => MonthRange(year, 1, 3),
                "early" => MonthRange(year, 11, 12),
                _ => MonthRange(year, 12, 12) is { } w ? new ReviewDate($"{year}-12/{year + 1}-01", w.First, new DateOnly(year + 1, 1, 31)) : null,
            };
        }

        var first = season switch { "spring" => 3, "summer" => 6, _ => 9 };
        return part switch
        {
            "early" => MonthRange(year, first, first + 1),
            "mid" => MonthRange(year, first + 1, first + 1),
            _ => MonthRange(year, first + 1, first + 2),
        };
    }

    /// <summary>The fixed days a narrative names instead of the date ("on Christmas Day 2020"); Easter moves, so it is not here.</summary>
    private static (int Month, int Day) Holiday(string name)
    {
        var n = name.ToLowerInvariant().Replace('’', '\'');
        return n switch
        {
            _ when n.StartsWith("christmas eve", StringComparison.Ordinal) => (12, 24),
            _ when n.StartsWith("christmas", StringComparison.Ordinal) => (12, 25),
            _ when n.StartsWith("boxing", StringComparison.Ordinal) => (12, 26),
            _ when n.StartsWith("new year's eve", StringComparison.Ordinal) => (12, 31),
            _ when n.StartsWith("new year", StringComparison.Ordinal) => (1, 1),
            _ when n.StartsWith("valentine", StringComparison.Ordinal) => (2, 14),
            _ when n.StartsWith("hallowe", StringComparison.Ordinal) => (10, 31),
            _ => (11, 5),
        };
    }

    private static readonly string[] Ordinals =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    /// <summary>"fourth" is 4, "twenty-first" and "twenty first" 21, "thirtieth" 30.</summary>
    private static int DayOfWord(string word)
    {
        var w = word.ToLowerInvariant();
        // "thirteenth" begins like "thirty": only the whole word "twenty" or "thirty" is a tens.
        var tens = w.StartsWith("twenty", StringComparison.Ordinal) && w != "twentieth" ? 20 : w.StartsWith("thirty", StringComparison.Ordinal) ? 30 : 0;
        if (w == "thirtieth")
        {
            return 30;
        }

        var unit = tens == 0 ? w : w[6..].TrimStart('-', ' ');
        return tens + Array.IndexOf(Ordinals, unit) + 1;
    }

    private static int Year(string y)
    {
        var n = int.Parse(y, CultureInfo.InvariantCulture);
        return n < 100 ? 2000 + n : n;
    }

    private static int Month(string name) => Array.FindIndex(Months, m => m.StartsWith(name.ToLowerInvariant()[..3], StringComparison.Ordinal)) + 1;

    private static ReviewDate? Day(int year, int month, int day)
    {
        if (year is < 1980 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return null;
        }

        var d = new DateOnly(year, month, day);
        return new ReviewDate(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d, d);
    }

    private static ReviewDate? MonthRange(int year, int first, int last)
    {
        if (year is < 1980 or > 2100 || first is < 1 or > 12)
        {
            return null;
        }

        var start = new DateOnly(year, first, 1);
        var end = new DateOnly(year, last, DateTime.DaysInMonth(year, last));
        var iso = first == last ? $"{year:D4}-{first:D2}" : $"{year:D4}-{first:D2}/{year:D4}-{last:D2}";
        return new ReviewDate(iso, start, end);
    }

    private const string MonthName = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

    // A cover or a chronology written in short writes "Approved: 14 Mar 24" and "21 Jan 23" (a two-digit year after
    // a day and month) and a month alone as "Agreed: 12/2023" (a two-digit month, a four-digit year). A count after
    // a day and month ("on 4 March 20 officers ...") is no year; nor is a review's or a case's reference ("DHR 03/2021").
    private const string CountedThings = @"officers|calls|people|children|adults|minutes|hours|days|weeks|months|years|times|incidents|reports|agencies|staff";

    /// <summary>What ends a two-digit year after a day and month: not more figures, a percentage or a count of something.</summary>
    private const string TwoDigitYearEnd = @"(?![\d:.,/-]\d|\s*%|\s+(?:" + CountedThings + @")\b)";

    private const string ReferenceWord = @"(?i:DHR|SAR|SCR|CSPR|APR|CPR|LCSPR|ref|reference|no|number|case|review|crime|log|incident)\.?";

    // A day is never the last part of a section number: "4.3 May 2021: the injury" is section 4.3 about May 2021.
    private const string NotSectionNumber = @"(?<!\d\.)";

    // A formal or spoken style writes the day as a word ("the fourth of March 2021", "the twenty-first day of June 2019");
    // only with "of" before the month, so "a second March 2021 meeting" is no date.
    private const string OrdinalWord = @"(?i:(?:twenty|thirty)[- ]?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)";

    // An ordinal may come apart from its day in extraction ("4 th March 2021"), and formal reviews write "the
    // 14th day of February 2014"; a spreadsheet's chronology writes "09-Jan-24" and a case system's export
    // "2024/01/09" (year first, so never day first); a cover's "May '23" (an apostrophe for the century) and a calendar
    // quarter "Q3 2022" (July to September; a financial year's "Q3 2022/23" is not read); a numeric date's separators
    // agree ("04-03-2021", never "04-03/2021"), and with hyphens only a four-digit year counts, so "2020-21" is no date.
    [GeneratedRegex(
        @"\b(?:" + NotSectionNumber + @"(?<dmy_day>\d{1,2})(?:\s?(?:st|nd|rd|th))?\s+(?:day\s+of\s+|of\s+)?(?<dmy_month>" + MonthName + @")\.?,?\s+(?<dmy_year>(?:19|20)\d{2})"
        + @"|(?<dmy_word>" + OrdinalWord + @")\s+(?:day\s+)?of\s+(?<dmy_month>" + MonthName + @")\.?,?\s+(?<dmy_year>(?:19|20)\d{2})"
        + @"|(?<dmy_day>\d{1,2})-(?<dmy_month>" + MonthName + @")-(?<dmy_year>(?:19|20)\d{2}|\d{2})(?![\d-])"
        + @"|(?<mdy_month>" + MonthName + @")\.?\s+(?<mdy_day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<mdy_year>(?:19|20)\d{2})"
        + @"|(?<num_day>\d{1,2})(?<sep>[/.])(?<num_month>\d{1,2})\k<sep>(?<num_year>(?:19|20)\d{2}|\d{2})(?![\d/.]\d)"
        + @"|(?<num_day>\d{1,2})-(?<num_month>\d{1,2})-(?<num_year>(?:19|20)\d{2})(?![\d/.-]\d)"
        + @"|(?<iso_year>(?:19|20)\d{2})(?<isep>[-/])(?<iso_month>\d{2})\k<isep>(?<iso_day>\d{2})"
        + @"|" + NotSectionNumber + @"(?<dmy_day>\d{1,2})(?:st|nd|rd|th)?\s+(?<dmy_month>" + MonthName + @")\.?\s+(?:['’](?=\d{2}(?!['’\d])))?(?<dmy_year>\d{2})" + TwoDigitYearEnd
        + @"|(?<![\d/.-]|" + ReferenceWord + @"\s?)(?<ny_month>0[1-9]|1[0-2])/(?<ny_year>(?:19|20)\d{2})(?![/\d])"
        + @"|(?<holiday>Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Hallowe'?en|Bonfire Night)\s+(?:(?:of|in)\s+)?(?<holiday_year>(?:19|20)\d{2})"
        + @"|(?<my_month>" + MonthName + @")\.?\s+(?:of\s+)?(?<my_year>(?:19|20)\d{2})"
        + @"|(?<my_month>" + MonthName + @")\.?\s+['’](?<my_year>\d{2})(?!['’\d])"
        + @"|(?-i:(?<quarter>Q[1-4]))\s+(?<quarter_year>(?:19|20)\d{2})(?![/-]\d)"
        + @"|(?<season_part>[Ee]arly|[Mm]id|[Ll]ate)[\s-]+(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter)\s+(?:of\s+)?(?<season_year>(?:19|20)\d{2})"
        + @"|(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ww]inter|[Ee]arly|[Mm]id-?|[Ll]ate)\s+(?:of\s+)?(?<season_year>(?:19|20)\d{2}))\b")]
    private static partial Regex AnyDate();

    [GeneratedRegex(@"\b" + NotSectionNumber + @"(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:day\s+of\s+|of\s+)?(?<month>" + MonthName + @")\b(?!\.?,?\s+(?:19|20)\d{2}|\.?\s+\d{2}" + TwoDigitYearEnd + @")")]
    private static partial Regex YearlessDate();

    [GeneratedRegex(@"\b(?i:in|by|during|until|from|at)\s+(?<part>(?i:early|mid-?|late)\s*|the\s+(?i:(?:first|second|last|final)\s+(?:week|fortnight|half|few days)|end|beginning|start|middle)\s+of\s+)?(?<month>January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s*\d|\.?,?\s+(?:of\s+)?(?:19|20)\d{2})")]
    private static partial Regex YearlessMonth();

    // The days before a full date, ending where it starts: "3 and ", "5th and ", "5-", "2, 9 and ". Not
    // after a digit, full stop or colon, so "4.17 and " is a paragraph number and "14:30 and " a time.
    [GeneratedRegex(@"(?<![\d./:])(?:(?<day>\d{1,2})(?:st|nd|rd|th)?\s*,\s*)*(?<day>\d{1,2})(?:st|nd|rd|th)?\s*(?:,\s*)?(?:and|&|or|to|-|–)\s*$")]
    private static partial Regex DayList();
}
