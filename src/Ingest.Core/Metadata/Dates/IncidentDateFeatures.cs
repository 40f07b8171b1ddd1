using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata.Dates;

/// <summary>
/// Every date a review mentions becomes a candidate for its incident date, with features that say how
/// reviews in general speak of the event rather than how one review does: words of harm or death near the
/// date, words of the process that followed it (inquest, trial, commissioning, meetings), the kind of
/// section it stands in, where in the review it stands, how often the review comes back to it, whether it
/// is the last date before the review was commissioned, how precise it is, and whether the hand rules pick it.
/// </summary>
public static partial class IncidentDateFeatures
{
    /// <summary>The feature names in the order of <see cref="DateCandidate.Features"/>; the weights file names them so.</summary>
    public static readonly IReadOnlyList<string> Names =
    [
        "event_word", "death_word", "event_close", "event_before", "process_word", "process_close", "review_period",
        "period_end", "death_label", "sec_cover", "sec_summary", "sec_intro", "sec_background", "sec_chronology",
        "sec_contents", "sec_later", "position", "opening", "mentions", "first_mention", "latest_before_commission",
        "after_commission", "precision_day", "precision_month", "precision_range", "rules_pick", "inside_rules_pick",
        "after_completion", "chronological_rank", "death_before", "day_of_death_month",
    ];

    /// <summary>How far into the text "the opening" runs (the hand rules read the first 8,000 characters).</summary>
    private const int Opening = 8000;

    /// <summary>How near (characters) a word must stand to the date to be "close".</summary>
    private const int Close = 60;

    public static IReadOnlyList<DateCandidate> Candidates(DateContext context)
    {
        var text = context.Text;
        // The day the review says it was completed on is never its incident ("The review was completed on 28th February 2024").
        var found = DateReader.FindAll(text).Select(d => (d.Date, d.Start, d.End))
            .Where(d => context.RulesCompleted is not { } done || done.First != done.Last || !Same(d.Date, done)).ToList();
        if (context.RulesIncident is { } rules && !found.Any(f => Same(f.Date, rules)))
        {
            // A span the rules joined ("between April 2022 and February 2023") is no single mention; it is
            // still a candidate, so that the chooser can always agree with the rules.
            // Weighed where the rules read it (the words of the deaths are around it), not at the text's start.
            var at = context.RulesAt ?? text.IndexOf(rules.Iso, StringComparison.Ordinal);
            found.Add((rules, Math.Max(0, at), Math.Max(0, at)));
        }

        if (found.Count == 0)
        {
            return [];
        }

        var sentences = Sentences(text);
        // A day every mention of which a process word governs ("informed the Partnership of Maxine's death on 10
        // January 2024") falls between the event and the commissioning; it is no rival for "the last before it".
        var process = found.GroupBy(f => f.Date.Iso).Where(g => g.All(f => SentenceAt(sentences, f.Start) is var span && ProcessClose(text.Substring(span.Index, span.Length), f.Start - span.Index))).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var document = new DocumentFacts(found, Commissioned(text, sentences), PeriodEnds(text, sentences), process, DeathMonthDays(text, sentences, found));
        // The start of the period the review looks at ("the period from 1 January 2022 to the date of Mr W's death") is
        // never the incident, as the hand rules hold: it still counts as a mention of its day, but it is no candidate,
        // so that the chooser is fitted on the same candidates it chooses among.
        return found.Where(f => !OpensReviewPeriod(text, sentences, f.Start))
            .Select(f => new DateCandidate(f.Date, f.Start, f.End, Features(context, f, SentenceAt(sentences, f.Start), document))).ToList();
    }

    internal static (int Index, int Length)[] Sentences(string text) =>
        MetadataReader.SentencePattern.Matches(text).Select(m => (m.Index, m.Length)).ToArray();

    /// <summary>"The review covers the period from 1 January 2022 to ...": a date that opens a span in a sentence naming the review's period.</summary>
    private static bool OpensReviewPeriod(string text, (int Index, int Length)[] sentences, int start) =>
        PeriodOpener().IsMatch(text[Math.Max(0, start - 20)..start])
        && SentenceAt(sentences, start) is { Length: > 0 } s && MetadataReader.ReviewPeriodPattern.IsMatch(text.AsSpan(s.Index, s.Length));

    [GeneratedRegex(@"\b(?:from|between|since)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PeriodOpener();

    /// <summary>The first date lies inside the second (a day or month of a span, or the span itself).</summary>
    public static bool Within(ReviewDate inner, ReviewDate outer) => inner.First >= outer.First && inner.Last <= outer.Last;

    /// <summary>Two dates are one candidate when they are the same day, month or span (as eval compares them: by ISO value).</summary>
    public static bool Same(ReviewDate a, ReviewDate b) => string.Equals(a.Iso, b.Iso, StringComparison.Ordinal);

    private sealed record DocumentFacts(List<(ReviewDate Date, int Start, int End)> All, DateOnly? Commissioned, HashSet<string> PeriodEnds, HashSet<string> Process, HashSet<string> DeathMonthDays)
    {
        /// <summary>The distinct dates of the review, earliest first.</summary>
        public List<ReviewDate> Distinct { get; } = All.Select(d => d.Date).DistinctBy(d => d.Iso).OrderBy(d => d.First).ThenBy(d => d.Last).ToList();

        public Dictionary<string, int> Mentions { get; } = All.GroupBy(d => d.Date.Iso).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

        public Dictionary<string, int> FirstAt { get; } = All.GroupBy(d => d.Date.Iso).ToDictionary(g => g.Key, g => g.Min(d => d.Start), StringComparer.Ordinal);
    }

    private static float[] Features(DateContext context, (ReviewDate Date, int Start, int End) c, (int Index, int Length) sentenceSpan, DocumentFacts doc)
    {
        var text = context.Text;
        var sentence = text.Substring(sentenceSpan.Index, sentenceSpan.Length);
        var at = c.Start - sentenceSpan.Index;
        var near = Window(sentence, at - Close, at + (c.End - c.Start) + Close);
        var section = context.Sections.LastOrDefault(s => s.Start <= c.Start && c.Start < s.End)?.Type ?? "other";
        var events = MetadataReader.IncidentWordsPattern.Matches(sentence);
        var mentions = doc.Mentions[c.Date.Iso];
        var distinct = doc.Distinct;
        var rank = distinct.FindIndex(d => Same(d, c.Date));
        var rules = context.RulesIncident;
        return
        [
            Flag(events.Count > 0),
            Flag(MetadataReader.DeathWordsPattern.IsMatch(sentence)),
            Flag(MetadataReader.IncidentWordsPattern.IsMatch(near)),
            Flag(events.Any(e => e.Index + e.Length <= at)),
            Flag(ProcessWords().IsMatch(sentence)),
            Flag(ProcessClose(sentence, at)),
            Flag(MetadataReader.ReviewPeriodPattern.IsMatch(sentence)),
            Flag(doc.PeriodEnds.Contains(c.Date.Iso)),
            Flag(MetadataReader.DeathLabelPattern.IsMatch(Window(text, c.Start - 25, c.Start))),
            Flag(section == "cover"),
            Flag(section == "executive_summary"),
            Flag(section is "introduction" or "terms_of_reference" or "methodology"),
            Flag(section == "background"),
            Flag(section == "chronology"),
            Flag(section == "contents"),
            Flag(section is "analysis" or "findings" or "good_practice" or "lessons_learned" or "conclusions" or "recommendations" or "action_plan" or "glossary" or "appendix"),
            text.Length == 0 ? 0 : (float)c.Start / text.Length,
            Flag(c.Start < Opening),
            Math.Min(mentions, 5) / 5f,
            Flag(doc.FirstAt[c.Date.Iso] == c.Start),
            Flag(doc.Commissioned is { } k && c.Date.Last < k && !doc.Process.Contains(c.Date.Iso) && !distinct.Any(d => d.Last < k && d.First > c.Date.First && d.First == d.Last && !doc.Process.Contains(d.Iso))),
            Flag(doc.Commissioned is { } k2 && c.Date.First >= k2),
            Flag(c.Date.First == c.Date.Last),
            Flag(c.Date.First != c.Date.Last && c.Date.First.Month == c.Date.Last.Month && c.Date.First.Year == c.Date.Last.Year),
            Flag(c.Date.Last.DayNumber - c.Date.First.DayNumber > 31),
            Flag(rules is not null && Same(rules, c.Date)),
            Flag(rules is not null && !Same(rules, c.Date) && Within(c.Date, rules)),
            Flag(context.RulesCompleted is { } done && c.Date.First > done.Last),
            distinct.Count < 2 ? 1 : (float)rank / (distinct.Count - 1),
            Flag(DeathBefore(sentence, at)),
            Flag(doc.DeathMonthDays.Contains(c.Date.Iso)),
        ];
    }

    /// <summary>
    /// "Mr W died in a fire at his bungalow in November 2023", and the chronology's "12/11/2023 | Fire; Mr W found
    /// dead": the opening gives the month of the death and only the chronology the day. A day that is the only one
    /// the review names in a month the opening says someone died in.
    /// </summary>
    private static HashSet<string> DeathMonthDays(string text, (int Index, int Length)[] sentences, List<(ReviewDate Date, int Start, int End)> found)
    {
        var months = found.Where(f => f.Start < Opening && OneMonth(f.Date))
            .Where(f => SentenceAt(sentences, f.Start) is var s && MetadataReader.DeathWordsPattern.IsMatch(text.AsSpan(s.Index, s.Length)))
            .Select(f => f.Date).DistinctBy(d => d.Iso).ToList();
        var days = found.Where(f => f.Date.First == f.Date.Last).ToList();
        return months.Select(m => days.Where(d => d.Date.First >= m.First && d.Date.Last <= m.Last).ToList())
            .Select(inside => OnlyDay(inside) ?? OnlyDay(inside.Where(d => ToldWithDeath(text, sentences, d.Start)).ToList()))
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static string? OnlyDay(List<(ReviewDate Date, int Start, int End)> days) =>
        days.Select(d => d.Date.Iso).Distinct(StringComparer.Ordinal).ToList() is [var only] ? only : null;

    /// <summary>
    /// Where the death's month holds several days ("The assessment was arranged for 22 January 2024"), the day the
    /// review tells the death on: a death word in the day's sentence or the next of its paragraph ("In the early hours of Friday 19
    /// January 2024 neighbours saw smoke ... He was pronounced dead at the scene.").
    /// </summary>
    internal static bool ToldWithDeath(string text, (int Index, int Length)[] sentences, int start)
    {
        var own = SentenceAt(sentences, start);
        var next = sentences.FirstOrDefault(x => x.Index >= own.Index + own.Length && x.Length > 0);
        return MetadataReader.DeathWordsPattern.IsMatch(text.AsSpan(own.Index, own.Length))
            || (next.Length > 0 && !text.AsSpan(own.Index, next.Index - own.Index).Contains('\n')
                && MetadataReader.DeathWordsPattern.IsMatch(text.AsSpan(next.Index, next.Length)));
    }

    internal static bool OneMonth(ReviewDate d) => d.First.Day == 1 && d.First.Year == d.Last.Year && d.First.Month == d.Last.Month && d.Last.Day == DateTime.DaysInMonth(d.Last.Year, d.Last.Month);

    /// <summary>A process word just before the date, or a notification verb that governs it.</summary>
    private static bool ProcessClose(string sentence, int at) =>
        ProcessWords().IsMatch(Window(sentence, at - 40, at)) || Notice().IsMatch(Window(sentence, at - NoticeReach, at));

    /// <summary>
    /// "He was found injured on 2nd January 2024 and died in hospital on the 5th of January 2024", "Tansy died on
    /// or about 4th Oct. 2023; she was found on 6th Oct. 2023": where one sentence dates two events, the date the
    /// death's word governs is the last event word before it, not far off, and no date stands between them.
    /// </summary>
    private static bool DeathBefore(string sentence, int at)
    {
        var from = Math.Clamp(at - DeathReach, 0, sentence.Length);
        var last = MetadataReader.IncidentWordsPattern.Matches(Window(sentence, from, at)).LastOrDefault();
        if (last is null)
        {
            return false;
        }

        var between = Window(sentence, from + last.Index, at);
        return MetadataReader.DeathWordsPattern.IsMatch(last.Value) && DateReader.FindAll(between).Count == 0;
    }

    /// <summary>How far (characters) before a date the death's word may stand and govern it ("was killed by her husband, Paul, at her home in Caldmoor on the morning of Tuesday, 9 January 2024").</summary>
    private const int DeathReach = 90;

    /// <summary>
    /// The day the review was set in motion: the earliest day in a sentence about commissioning it or the
    /// decision to (a rapid review, a referral, the criteria being met). The event comes before it.
    /// </summary>
    /// Only a sentence about the review counts ("made the referral to the Child Exploitation Team in November 2022"
    /// is practice, not the review), and a date after "following" or "after" is the event's, not the decision's
    /// ("commissioned ... following the death of Callum ... in February 2023").
    /// A decision dated by its month only ("held a rapid review in February 2024") may follow an event of that month
    /// ("In the early hours of 2 February 2024 Kian was stabbed"), so the month bounds it at its end.
    private static DateOnly? Commissioned(string text, (int Index, int Length)[] sentences) =>
        sentences.Select(s => text.Substring(s.Index, s.Length))
            .Where(s => CommissionWords().IsMatch(s) && AboutTheReview().IsMatch(s))
            .SelectMany(s => DateReader.FindAll(s).Where(d => !EventAfter().IsMatch(s[..d.Start])))
            .Select(d => (DateOnly?)(OneMonth(d.Date) ? d.Date.Last : d.Date.First)).Min();

    /// <summary>The last date of each sentence that sets the period under review: the day it runs to.</summary>
    private static HashSet<string> PeriodEnds(string text, (int Index, int Length)[] sentences) =>
        sentences.Where(s => MetadataReader.ReviewPeriodPattern.IsMatch(text.AsSpan(s.Index, s.Length)))
            .Select(s => DateReader.FindAll(text.Substring(s.Index, s.Length))).Where(d => d.Count > 0)
            .Select(d => d[^1].Date.Iso).ToHashSet(StringComparer.Ordinal);

    /// <summary>The sentence that holds a position (sentences are in order); a date between sentences stands alone.</summary>
    private static (int Index, int Length) SentenceAt((int Index, int Length)[] sentences, int position)
    {
        int lo = 0, hi = sentences.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (sentences[mid].Index + sentences[mid].Length <= position)
            {
                lo = mid + 1;
            }
            else if (sentences[mid].Index > position)
            {
                hi = mid - 1;
            }
            else
            {
                return sentences[mid];
            }
        }

        return (position, 0);
    }

    private static string Window(string s, int from, int to) => s[Math.Clamp(from, 0, s.Length)..Math.Clamp(to, 0, s.Length)];

    private static float Flag(bool value) => value ? 1 : 0;

    /// <summary>How far (characters) before a date a notification verb may govern it.</summary>
    private const int NoticeReach = 140;

    // The day someone was told of the death, not the day of it: "Greyfield Constabulary informed the Partnership of
    // Maxine's death on 10 January 2024", "notified the national Panel on 25 October 2023". Not where the event
    // itself comes between the verb and the date ("police were informed that she had died on 4 May").
    [GeneratedRegex(@"\b(?:notified|informed|told|advised|alerted)\b(?:(?!\b(?:died|killed|found|attacked|assaulted|stabbed|injured|harmed|took place|happened)\b)[^.;]){0,110}?\s(?:on|in)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex Notice();

    // What followed the event and is dated apart from it: the review process, the courts, the report itself.
    [GeneratedRegex(@"\b(?:inquests?|coroner|trial|court|sentenced|convicted|charged|pleaded|arrested|commissioned|commissioning|panel (?:met|meeting)|meetings?|published|publication|report|referral to the (?:board|partnership)|referred to the|notified|notification|rapid review|decided|decision|agreed|approved|terms of reference|review period|period under review|criteria)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ProcessWords();

    [GeneratedRegex(@"\b(?:review|panel|DHR|SAR|CSPR|LCSPR|SCR|APR|CPR|Home Office|criteria)\b", RegexOptions.IgnoreCase)]
    private static partial Regex AboutTheReview();

    [GeneratedRegex(@"\b(?:following|after)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EventAfter();

    [GeneratedRegex(@"\b(?:commission(?:ed|ing)?|decided to (?:undertake|conduct|commission|carry out)|decision to (?:undertake|conduct|commission|carry out)|rapid review|criteria (?:for|were met|was met)|(?:was|were) notified|referred (?:the case )?to the|referral (?:was made )?to the)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CommissionWords();
}
