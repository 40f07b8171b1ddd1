using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>The incident date (CONTRACT §3, §4): the date of the death or serious harm the review is about.</summary>
public sealed partial class MetadataReader
{
    /// <summary>
    /// The incident from the opening pages only. Reading the rest of the text where they date no event was
    /// tried (session 8): no tuned review changed, and one held-out review took a wrong date where it had
    /// none, costing its timeliness criterion, so it was dropped.
    /// </summary>
    private static Evidenced<ReviewDate>? Incident(string text, Section? cover, int introEnd, IReadOnlyList<Section> sections) =>
        IncidentDate(text, IncidentSearchStart(text, cover), introEnd, Contents(sections));

    /// <summary>
    /// The incident: a date in a sentence about the death or harm, after the cover. The first few such
    /// sentences are read, because the first may give only the month and a later one the day. A narrative
    /// often gives the date once and the death a sentence or two later ("In the early hours of 3rd January
    /// 2023 Mrs E fell ... she died later that morning"): a sentence of death with no date of its own
    /// takes the last date of its paragraph.
    /// </summary>
    private static Evidenced<ReviewDate>? IncidentDate(string text, int frontEnd, int introEnd, IReadOnlyList<Section> contents)
    {
        var candidates = new List<Evidenced<ReviewDate>>();
        var primaries = new List<(Evidenced<ReviewDate> Date, bool Death)>();
        var fallback = new List<Evidenced<ReviewDate>>();
        Evidenced<ReviewDate>? lastInParagraph = null;
        var previousEnd = frontEnd;
        foreach (Match s in Sentence().Matches(text[frontEnd..introEnd]))
        {
            var at = frontEnd + s.Index;
            if (ParagraphBreak().IsMatch(text[previousEnd..at]))
            {
                lastInParagraph = null;
            }

            previousEnd = at + s.Length;
            var dates = SentenceDates(s.Value, at, lastInParagraph);
            var aboutSomethingElse = NotTheIncident().IsMatch(s.Value) || ReviewPeriod().IsMatch(s.Value);

            // A contents page lists "VII.3 The second assault, August 2022": a heading, not the event.
            if (IncidentWords().IsMatch(s.Value) && !contents.Any(c => c.Start <= at && at < c.End))
            {
                var trigger = at + Trigger(s.Value);
                var before = candidates.Count;

                // "The review covers the period from 1 January 2020 to Walter's death": the start of the period
                // is never the event; only a date after the word of the event is ("... until her death on 20th March 2017").
                if (ReviewPeriod().IsMatch(s.Value))
                {
                    candidates.AddRange(Nearest(dates, trigger, 0.6).Where(d => d.Start >= trigger));
                }

                // "The Partnership was notified of Kai's death on 21 February 2023" may hold the only date
                // of the event, but also the date of something else: such sentences count only when no
                // plainer one gives a date.
                else if (NotTheIncident().IsMatch(s.Value))
                {
                    if (EventFollows(s.Value, trigger - at))
                    {
                        candidates.AddRange(Nearest(dates, trigger, 0.6).Where(d => d.Start >= trigger));
                    }
                    else if (fallback.Count == 0)
                    {
                        fallback.AddRange(Nearest(dates, trigger, 0.45).Take(1));
                    }
                }

                // Nearest the words of the event ("between 1st January 2023 and his death on 14th December 2023").
                else if (dates.Count > 0)
                {
                    candidates.AddRange(Nearest(dates, trigger, 0.6));
                }
                else if (lastInParagraph is not null && DeathWords().IsMatch(s.Value))
                {
                    candidates.Add(Borrowed(lastInParagraph, s.Value, at));
                }

                if (candidates.Count > before)
                {
                    primaries.Add((candidates[before], DeathWords().IsMatch(s.Value)));
                }

                if (primaries.Count >= MostEventSentences)
                {
                    break;
                }
            }

            // A decision or notification date is no context for the sentences after it.
            lastInParagraph = aboutSomethingElse ? null : dates.LastOrDefault() ?? lastInParagraph;
        }

        if (candidates.Count == 0)
        {
            candidates = fallback;
        }

        // A day in another month is a different event (an inquest, an arrest): only a day inside the
        // chosen date's month refines it (DayWithin).
        var first = MostLikely(primaries, text, PeriodEnds(text, frontEnd, introEnd)) ?? candidates.FirstOrDefault();
        return first is null || !OneMonth(first.Value) ? first : candidates.FirstOrDefault(c => c.Value.First == c.Value.Last && c.Value.First >= first.Value.First && c.Value.Last <= first.Value.Last) is { } day
            ? day with { Confidence = 0.8 }
            : first;
    }

    /// <summary>How many sentences that date an event are weighed against each other.</summary>
    private const int MostEventSentences = 6;

    /// <summary>
    /// Of the dates the first sentences about an event give (the nearest date to the event's words in each),
    /// the one the review is about. Reviews mention earlier harm in their opening (a previous assault, a
    /// relative's death), so the first is not always it. Three things say it is: the sentence tells of a
    /// death; the review comes back to the date (the summary, the chronology and the terms of reference all
    /// name it); and the period under review ends on it. Ties go to the earlier sentence.
    /// </summary>
    private static Evidenced<ReviewDate>? MostLikely(List<(Evidenced<ReviewDate> Date, bool Death)> primaries, string text, IReadOnlyList<ReviewDate> periodEnds)
    {
        if (primaries.Count < 2)
        {
            return primaries.Count == 1 ? primaries[0].Date : null;
        }

        var all = DateReader.FindAll(text);
        double Score(int rank, Evidenced<ReviewDate> c, bool death) =>
            (death ? 1 : 0)
            + (0.5 * Math.Min(4, all.Count(d => SameEvent(d.Date, c.Value))))
            + (periodEnds.Any(p => p.First == c.Value.First && p.Last == c.Value.Last) ? 1 : 0)
            - (0.1 * rank);
        // A date inside the first ("five people lost their lives between April 2022 and February 2023 ...
        // Callum died in late April 2022") is part of it, not a rival: at most it refines the first to a day.
        var first = primaries[0].Date.Value;
        return primaries.Select((p, rank) => (p.Date, Score: Score(rank, p.Date, p.Death)))
            .Where((p, rank) => rank == 0 || p.Date.Value.First < first.First || p.Date.Value.Last > first.Last)
            .MaxBy(p => p.Score).Date;
    }

    /// <summary>
    /// A mention of the same date, or of a day inside the same month; not any day inside a longer span
    /// ("went missing between August 2022 and February 2023" holds a whole chronology).
    /// </summary>
    private static bool SameEvent(ReviewDate mention, ReviewDate candidate) =>
        (mention.First == candidate.First && mention.Last == candidate.Last)
        || (OneMonth(candidate) && mention.First == mention.Last && mention.First >= candidate.First && mention.Last <= candidate.Last);

    /// <summary>The last date of each sentence that sets the period under review: the day it runs to.</summary>
    private static List<ReviewDate> PeriodEnds(string text, int from, int to) =>
        Sentence().Matches(text[from..to]).Where(s => ReviewPeriod().IsMatch(s.Value))
            .Select(s => DateReader.FindAll(s.Value)).Where(d => d.Count > 0).Select(d => d[^1].Date).ToList();

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

    /// <summary>The dates, those after the words of the event first, nearest first.</summary>
    private static IEnumerable<Evidenced<ReviewDate>> Nearest(IEnumerable<Evidenced<ReviewDate>> dates, int trigger, double confidence) =>
        dates.OrderBy(d => d.End <= trigger ? (trigger - d.End) + 1000 : d.Start - trigger).Select(d => d with { Confidence = confidence });

    /// <summary>
    /// The dates of a sentence, in order, with text offsets. A day written without its year ("Easter Monday
    /// 2023 (10 April)", "On 14th December") takes the year written before it in the sentence, else the
    /// year of the paragraph's last date, moved on a year where that would put it before that date.
    /// </summary>
    private static List<Evidenced<ReviewDate>> SentenceDates(string sentence, int at, Evidenced<ReviewDate>? lastInParagraph)
    {
        var dates = DateReader.FindAll(sentence).Select(d => new Evidenced<ReviewDate>(d.Date, at + d.Start, at + d.End, 0)).ToList();
        foreach (var (day, month, start, end) in DateReader.FindYearless(sentence))
        {
            if (Yearless(sentence[..start], lastInParagraph, month, day) is { } date)
            {
                dates.Add(new Evidenced<ReviewDate>(date, at + start, at + end, 0));
            }
        }

        foreach (var (month, start, end) in DateReader.FindYearlessMonths(sentence))
        {
            if (YearlessMonth(sentence[..start], lastInParagraph, month) is { } date)
            {
                dates.Add(new Evidenced<ReviewDate>(date, at + start, at + end, 0));
            }
        }

        return JoinSpans(sentence, at, dates.OrderBy(d => d.Start).ToList());
    }

    /// <summary>
    /// "He died in hospital in early February" after "In the last week of January 2024 ...": the month takes the
    /// year written before it in the sentence, else the paragraph's, moved on a year where the month would
    /// come before the paragraph's date. Without either there is no year to give it.
    /// </summary>
    private static ReviewDate? YearlessMonth(string before, Evidenced<ReviewDate>? lastInParagraph, int month)
    {
        if (YearWritten().Matches(before).LastOrDefault() is { } written)
        {
            return DateReader.InMonth(int.Parse(written.Value, CultureInfo.InvariantCulture), month);
        }

        if (lastInParagraph is null)
        {
            return null;
        }

        var year = lastInParagraph.Value.Last.Year;
        return month < lastInParagraph.Value.Last.Month ? DateReader.InMonth(year + 1, month) : DateReader.InMonth(year, month);
    }

    private static ReviewDate? Yearless(string before, Evidenced<ReviewDate>? lastInParagraph, int month, int day)
    {
        if (YearWritten().Matches(before).LastOrDefault() is { } written)
        {
            return DateReader.OnDay(int.Parse(written.Value, CultureInfo.InvariantCulture), month, day);
        }

        if (lastInParagraph is null)
        {
            return null;
        }

        var year = lastInParagraph.Value.Last.Year;
        return DateReader.OnDay(year, month, day) is { } date && date.First < lastInParagraph.Value.First ? DateReader.OnDay(year + 1, month, day) : DateReader.OnDay(year, month, day);
    }

    /// <summary>
    /// "The Board commissioned this review after Child S ... was found unconscious ... on 19th March 2023":
    /// the decision is said to follow the event, so a date after the event's words is the event's, not the decision's.
    /// </summary>
    private static bool EventFollows(string sentence, int trigger) =>
        EventConnective().Match(sentence) is { Success: true } c && c.Index < trigger && NotTheIncident().Match(sentence).Index < c.Index;

    /// <summary>
    /// "Between April 2022 and February 2023 five people ... lost their lives": two months joined by
    /// "between ... and" are one span, the period of a thematic review's deaths.
    /// </summary>
    private static List<Evidenced<ReviewDate>> JoinSpans(string sentence, int at, List<Evidenced<ReviewDate>> dates)
    {
        for (var i = dates.Count - 2; i >= 0; i--)
        {
            var (from, to) = (dates[i], dates[i + 1]);
            var before = sentence[..(from.Start - at)];
            var between = sentence[(from.End - at)..(to.Start - at)];
            if (from.Value.First != from.Value.Last && to.Value.First != to.Value.Last && to.Value.First > from.Value.Last
                && SpanStart().IsMatch(before) && SpanJoin().IsMatch(between))
            {
                var iso = from.Value.Iso.Split('/')[0] + "/" + to.Value.Iso.Split('/')[^1];
                dates[i] = new Evidenced<ReviewDate>(new ReviewDate(iso, from.Value.First, to.Value.Last), from.Start, to.End, 0);
                dates.RemoveAt(i + 1);
            }
        }

        return dates;
    }

    [GeneratedRegex(@"\b(?:after|following)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventConnective();

    // "between April 2022 and February 2023"; a thematic review's "stabbed in separate incidents in October 2022 and January 2023".
    [GeneratedRegex(@"\bbetween\s*$|\b(?:separate|different|two|three|four|five) (?:incidents|attacks|assaults|occasions|events)\s+in\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanStart();

    [GeneratedRegex(@"^\s+and\s+$")]
    private static partial Regex SpanJoin();

    /// <summary>
    /// The paragraph's date for a sentence of death that gives none: "He died two days later", "she died
    /// the following day" count on from it. The evidence runs from that date to the words that count on.
    /// </summary>
    private static Evidenced<ReviewDate> Borrowed(Evidenced<ReviewDate> date, string sentence, int at)
    {
        var later = DaysLater().Match(sentence);
        if (!later.Success || date.Value.First != date.Value.Last)
        {
            return date with { Confidence = 0.5 };
        }

        var n = later.Groups["n"].Value.ToLowerInvariant();
        var days = n switch { "" or "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, _ => int.Parse(n, CultureInfo.InvariantCulture) };
        var day = date.Value.First.AddDays(days);
        var iso = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Evidenced<ReviewDate>(new ReviewDate(iso, day, day), date.Start, at + later.Index + later.Length, 0.5);
    }

    /// <summary>
    /// "Ms F was admitted to hospital on 2 March 2021 and died in hospital three days later", "On 12 January 2022 Child P
    /// was found unresponsive; he died the following day": the incident is the death (ANNOTATION.md), counted on from the
    /// chosen day where its own sentence, or the next, tells the death in days or weeks after it without a date of its own.
    /// </summary>
    private static Evidenced<ReviewDate>? DiedLater(string text, Evidenced<ReviewDate>? chosen)
    {
        if (chosen is null || chosen.Value.First != chosen.Value.Last || chosen.End <= 0 || chosen.End > text.Length)
        {
            return chosen;
        }

        // A day told as the death's ("Gwen died (Date of death: 02.03.2023). She was found ... and died in hospital the next
        // day") is the death already: only a day whose sentence tells no death before it is counted on from.
        var from = Math.Max(0, chosen.Start - 200);
        var before = text[from..chosen.Start];
        if (DeathWords().IsMatch(before[SentenceOpening(before)..]))
        {
            return chosen;
        }

        // The rest of the sentence after the day, and the next sentence; "later" counts from another day if one comes between.
        var rest = text.Substring(chosen.End, Math.Min(300, text.Length - chosen.End));
        var first = rest.IndexOfAny(['.', '!', '?']);
        var next = first < 0 ? -1 : rest.IndexOfAny(['.', '!', '?'], first + 1);
        var window = next < 0 ? (first < 0 ? rest : rest[..(first + 1)]) : rest[..(next + 1)];
        var later = DiedDaysLater().Match(window);
        if (!later.Success || DateReader.FindAll(window[..later.Index]).Count > 0)
        {
            return chosen;
        }

        var count = later.Groups["n"].Value.ToLowerInvariant();
        var n = count switch { "" or "a" or "one" => 1, "two" => 2, "three" => 3, "four" => 4, "five" => 5, "six" => 6, "seven" => 7, "eight" => 8, "nine" => 9, "ten" => 10, _ => int.Parse(count, CultureInfo.InvariantCulture) };
        var days = later.Groups["weeks"].Success ? 7 * n : n;
        var day = chosen.Value.First.AddDays(days);
        return new Evidenced<ReviewDate>(new ReviewDate(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), day, day), chosen.Start, chosen.End + later.Index + later.Length, chosen.Confidence);
    }

    /// <summary>
    /// "Mrs P died on 30 June 2021; the inquest on 4 February 2022 recorded a narrative conclusion", "The trial ended on 4
    /// April 2023, when Mark was convicted of the murder of Jo, who died on 19 May 2022": a chosen day that the words just
    /// before it make the day of a court or coroner's step gives way to the day its sentence says the person died on.
    /// </summary>
    private static Evidenced<ReviewDate>? DeathOverProcess(string text, Evidenced<ReviewDate>? chosen)
    {
        if (chosen is null || chosen.Start < 0 || chosen.End > text.Length || chosen.Start >= chosen.End)
        {
            return chosen;
        }

        var from = Math.Max(0, chosen.Start - 200);
        var before = text[from..chosen.Start];
        var opens = SentenceOpening(before);
        if (!ProcessJustBefore().IsMatch(before[Math.Max(opens, before.Length - 50)..]))
        {
            return chosen;
        }

        var rest = text.Substring(chosen.End, Math.Min(200, text.Length - chosen.End));
        var closes = rest.IndexOfAny(['.', '!', '?']);
        var sentence = before[opens..] + new string(' ', chosen.End - chosen.Start) + (closes < 0 ? rest : rest[..closes]);
        var sentenceAt = from + opens;
        foreach (Match m in DiedOnDate().Matches(sentence))
        {
            var dates = DateReader.FindAll(sentence[(m.Index + m.Length)..]);
            if (dates.Count > 0 && dates[0].Start == 0 && dates[0].Date.First == dates[0].Date.Last)
            {
                var at = sentenceAt + m.Index + m.Length;
                return new Evidenced<ReviewDate>(dates[0].Date, at, at + dates[0].End, chosen.Confidence);
            }
        }

        return chosen;
    }

    /// <summary>Where the sentence that runs on to the end of <paramref name="before"/> opens: after its last full stop or paragraph break.</summary>
    private static int SentenceOpening(string before) =>
        Math.Max(before.LastIndexOfAny(['.', '!', '?']), before.LastIndexOf("\n\n", StringComparison.Ordinal)) + 1;

    // The court's or the coroner's step named just before the day ("the inquest on", "the trial ended on", "was sentenced on").
    [GeneratedRegex(@"\b(?:inquests?|trials?|hearings?|court|convicted|sentenced|sentencing|charged|pleaded(?: guilty)?|verdict|acquitted)\b[^.;\d]{0,25}?\b(?:on|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessJustBefore();

    // "died on", "was killed on", "was murdered on", "death on": the death told with its day.
    [GeneratedRegex(@"\b(?:died|was killed|was murdered|(?:his|her|their) death)\s+on\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DiedOnDate();

    // Session 20: the death told after the day it is counted from: "died (in hospital) three days later", "died a week later",
    // "died the following day", "died in hospital the next day"; a date of its own ("died on 9 February") is read as a date.
    [GeneratedRegex(@"\b(?:died|passed away|was pronounced dead|(?:his|her|their) death (?:came|followed))\b[^.;:\d]{0,40}?\b(?:(?:(?<n>a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:(?<days>days?)|(?<weeks>weeks?)) later)|(?:on )?the (?:following|next) day|the day after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DiedDaysLater();

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

    [GeneratedRegex(@"\n[ \t]*\n")]
    private static partial Regex ParagraphBreak();

    // A year written on its own ("Easter Monday 2023") or in a date; not the year of an Act ("Care Act 2014").
    [GeneratedRegex(@"(?<!Act )\b(?:19|20)\d{2}\b")]
    private static partial Regex YearWritten();

    [GeneratedRegex(@"\b(?:(?<n>a|one|two|three|four|five|six|seven|\d{1,2}) days? later|the (?:following|next) day)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DaysLater();
}
