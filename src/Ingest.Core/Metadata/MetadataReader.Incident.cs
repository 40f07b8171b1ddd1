using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>The incident date (CONTRACT §3, §4): the date of the death or serious harm the review is about.</summary>
public sealed partial class MetadataReader
{
    /// <summary>
    /// The incident: a date in a sentence about the death or harm, after the cover. The first few such
    /// sentences are read, because the first may give only the month and a later one the day.
    /// </summary>
    private static Evidenced<ReviewDate>? IncidentDate(string text, int frontEnd, int introEnd, IReadOnlyList<Section> contents)
    {
        var candidates = new List<Evidenced<ReviewDate>>();
        var fallback = new List<Evidenced<ReviewDate>>();
        foreach (Match s in Sentence().Matches(text[frontEnd..introEnd]))
        {
            // A contents page lists "VII.3 The second assault, August 2022": a heading, not the event.
            if (!IncidentWords().IsMatch(s.Value) || contents.Any(c => c.Start <= frontEnd + s.Index && frontEnd + s.Index < c.End))
            {
                continue;
            }

            // "The review covers the period from 1 January 2020 to Walter's death": the start of the period
            // is never the event; only a date after the word of the event is ("... until her death on 20th March 2017").
            if (ReviewPeriod().IsMatch(s.Value))
            {
                candidates.AddRange(Nearest(s, Trigger(s.Value), frontEnd, 0.6).Where(d => d.Start >= frontEnd + s.Index + Trigger(s.Value)));
                continue;
            }

            // "The Partnership was notified of Kai's death on 21 February 2023" may hold the only date
            // of the event, but also the date of something else: such sentences count only when no
            // plainer one gives a date.
            if (NotTheIncident().IsMatch(s.Value))
            {
                if (fallback.Count == 0)
                {
                    fallback.AddRange(Nearest(s, Trigger(s.Value), frontEnd, 0.45).Take(1));
                }

                continue;
            }

            // Nearest the words of the event ("between 1st January 2023 and his death on 14th December 2023").
            candidates.AddRange(Nearest(s, Trigger(s.Value), frontEnd, 0.6));
            if (candidates.Count >= 4)
            {
                break;
            }
        }

        if (candidates.Count == 0)
        {
            candidates = fallback;
        }

        // A day in another month is a different event (an inquest, an arrest): only a day inside the
        // first date's month refines it (DayWithin).
        var first = candidates.FirstOrDefault();
        return first is null || !OneMonth(first.Value) ? first : candidates.FirstOrDefault(c => c.Value.First == c.Value.Last && c.Value.First >= first.Value.First && c.Value.Last <= first.Value.Last) is { } day
            ? day with { Confidence = 0.8 }
            : first;
    }

    /// <summary>
    /// "(Date of death: 02.03.2023)", "Margaret (died 03/11/2021)": the date put right after the word of
    /// death, on the cover or in the opening pages, says which event the review is about in so many words.
    /// </summary>
    private static Evidenced<ReviewDate>? StatedDeath(string text, int introEnd)
    {
        foreach (Match m in DeathLabel().Matches(text[..introEnd]))
        {
            var at = m.Index + m.Length;
            var dates = DateReader.FindAll(text.Substring(at, Math.Min(40, text.Length - at)));
            if (dates.Count > 0 && dates[0].Start == 0 && dates[0].Date.First == dates[0].Date.Last)
            {
                return new Evidenced<ReviewDate>(dates[0].Date, at, at + dates[0].End, 0.85);
            }
        }

        return null;
    }

    /// <summary>
    /// Past the cover, whose title and date lines would otherwise read as one sentence about a death; but
    /// a "cover" that runs on past its title lines has swallowed the opening section ("Brief outline of
    /// circumstances" under a Welsh cover), so no further than its first paragraph of prose, nor than its
    /// first page of text.
    /// </summary>
    private static int IncidentSearchStart(string text, Section? cover)
    {
        var end = Math.Min(Math.Min(cover?.End ?? 0, LongestCover), text.Length);
        var prose = ProseParagraph().Match(text[..Math.Min(end + 1, text.Length)]);
        return prose.Success ? prose.Index : end;
    }

    private const int LongestCover = 1500;

    private static List<Section> Contents(IReadOnlyList<Section> sections) => sections.Where(s => s.Type == "contents").ToList();

    /// <summary>The dates of a sentence, those after the words of the event first, nearest first.</summary>
    private static IEnumerable<Evidenced<ReviewDate>> Nearest(Match sentence, int trigger, int offset, double confidence) =>
        DateReader.FindAll(sentence.Value)
            .OrderBy(d => d.End <= trigger ? (trigger - d.End) + 1000 : d.Start - trigger)
            .Select(d => new Evidenced<ReviewDate>(d.Date, offset + sentence.Index + d.Start, offset + sentence.Index + d.End, confidence));

    /// <summary>
    /// Where the sentence tells of the death, the date is the death's: "found injured on 2nd January and
    /// died in hospital on the 5th" is about the 5th. Otherwise the first word of harm.
    /// </summary>
    private static int Trigger(string sentence) =>
        DeathWords().Match(sentence) is { Success: true } death ? death.Index : IncidentWords().Match(sentence).Index;

    /// <summary>A paragraph of running prose: a line of some length that ends a sentence. Cover lines (titles, names, dates) do not.</summary>
    [GeneratedRegex(@"(?<=\n[ \t]*\n)[A-Z][^\n]{80,}[.!?][ \t]*(?=\n)")]
    private static partial Regex ProseParagraph();

    /// <summary>The sentence that sets the period the review looked at, which runs up to the event.</summary>
    [GeneratedRegex(@"\b(?:review period|period under review|period (?:of|covered by) the review|(?:covers|covered|considered|examined|looked at|considers|examines|looks at) (?:the period|agency (?:contact|involvement))|the period from)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewPeriod();
}
