using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>The hand rules' word lists, shared with the learned date chooser's features (Dates/), so both read a review the same way.</summary>
public sealed partial class MetadataReader
{
    /// <summary>The incident date as the hand rules read it: a stated date of death, else the dates of the first sentences about the event.</summary>
    public static Evidenced<ReviewDate>? RulesIncident(string text, IReadOnlyList<Section> sections)
    {
        var (cover, _, introEnd) = Front(text, sections);
        return StatedDeath(text, introEnd) ?? OnlyDayIn(text, DayWithin(text, Incident(text, cover, introEnd, sections), IncidentWords(), NotTheIncident()));
    }

    /// <summary>
    /// "Mr W died in a fire at his bungalow in November 2023", and the one day of that month anywhere in the
    /// review is in a chronology table whose columns extraction has pulled apart ("2023-11-12" lines away from
    /// "Fire; Mr W found dead"): the narrative's month is made that day. Only a date standing alone on its line
    /// (a table cell) counts, since a day in a sentence is that sentence's event ("On 11 September 2021 a
    /// repair visit failed"); where the review names two or more days in the month, none is taken.
    /// </summary>
    private static Evidenced<ReviewDate>? OnlyDayIn(string text, Evidenced<ReviewDate>? found)
    {
        if (found is null || !OneMonth(found.Value))
        {
            return found;
        }

        var days = DateReader.FindAll(text).Where(d => d.Date.First == d.Date.Last && d.Date.First >= found.Value.First && d.Date.Last <= found.Value.Last).ToList();
        return days.Count > 0 && days.All(d => d.Date.First == days[0].Date.First) && days.Any(d => AloneOnLine(text, d.Start, d.End))
            ? new Evidenced<ReviewDate>(days[0].Date, days[0].Start, days[0].End, found.Confidence)
            : found;
    }

    /// <summary>A date that is all its line holds, as a table's date cell is once extraction has read the table column by column.</summary>
    private static bool AloneOnLine(string text, int start, int end)
    {
        var (from, to) = LineAround(text, start, end);
        return text[from..to].Trim().Length <= end - start + 2;
    }

    /// <summary>The completion date as the hand rules read it: a labelled date, else the cover's date.</summary>
    public static Evidenced<ReviewDate>? RulesCompleted(string text, IReadOnlyList<Section> sections)
    {
        var (_, frontEnd, _) = Front(text, sections);
        // A DHR sent to the Home Office's quality assurance panel was finished locally by then, but a date the review
        // gives its completion or approval is the completion (the submission follows it): the sending counts only
        // where nothing else is dated, and before a cover's bare month.
        return DayWithin(text, LabelledCompletion(text) ?? Labelled(text, SentToHomeOffice()) ?? CoverDate(text, frontEnd, PublishedLabel()), CompletionWords(), null);
    }

    /// <summary>The cover, where the front matter ends and how far the opening pages run.</summary>
    private static (Section? Cover, int FrontEnd, int IntroEnd) Front(string text, IReadOnlyList<Section> sections)
    {
        var cover = sections.FirstOrDefault(s => s.Type == "cover");
        var frontEnd = cover?.End ?? Math.Min(text.Length, 1500);
        return (cover, frontEnd, Math.Min(text.Length, Math.Max(frontEnd + 6000, 8000)));
    }

    // "The overview report was sent to the Home Office on 14 June 2022", "submitted to the Home Office Quality Assurance Panel in July 2022".
    [GeneratedRegex(@"\b(?:submitted|sent|forwarded)\s+to\s+the\s+Home\s+Office(?:['’]s)?(?:\s+(?:DHR\s+)?Quality\s+Assurance\s+Panel)?\s+(?:on|in)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex SentToHomeOffice();

    internal static Regex SentencePattern => Sentence();

    internal static Regex IncidentWordsPattern => IncidentWords();

    internal static Regex DeathWordsPattern => DeathWords();

    internal static Regex ReviewPeriodPattern => ReviewPeriod();

    internal static Regex DeathLabelPattern => DeathLabel();
}
