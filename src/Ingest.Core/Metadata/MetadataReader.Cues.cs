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
        return StatedDeath(text, introEnd) ?? DayWithin(text, Incident(text, cover, introEnd, sections), IncidentWords(), NotTheIncident());
    }

    /// <summary>The completion date as the hand rules read it: a labelled date, else the cover's date.</summary>
    public static Evidenced<ReviewDate>? RulesCompleted(string text, IReadOnlyList<Section> sections)
    {
        var (_, frontEnd, _) = Front(text, sections);
        return DayWithin(text, Labelled(text, CompletedLabel()) ?? CoverDate(text, frontEnd, PublishedLabel()), CompletionWords(), null);
    }

    /// <summary>The cover, where the front matter ends and how far the opening pages run.</summary>
    private static (Section? Cover, int FrontEnd, int IntroEnd) Front(string text, IReadOnlyList<Section> sections)
    {
        var cover = sections.FirstOrDefault(s => s.Type == "cover");
        var frontEnd = cover?.End ?? Math.Min(text.Length, 1500);
        return (cover, frontEnd, Math.Min(text.Length, Math.Max(frontEnd + 6000, 8000)));
    }

    internal static Regex SentencePattern => Sentence();

    internal static Regex IncidentWordsPattern => IncidentWords();

    internal static Regex DeathWordsPattern => DeathWords();

    internal static Regex ReviewPeriodPattern => ReviewPeriod();

    internal static Regex DeathLabelPattern => DeathLabel();
}
