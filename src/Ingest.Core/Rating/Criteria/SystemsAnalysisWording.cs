using System.Text.RegularExpressions;

namespace Ingest.Core.Rating.Criteria;

/// <summary>The wordings systems_analysis reads in a police sentence, each with why it matters to the rubric.</summary>
internal static class SystemsAnalysisWording
{
    /// <summary>
    /// How reviews say that the why of a decision is missing: a report or the reviewers that did not (or
    /// could not) explain, say, analyse or establish why or the reasons, and "no analysis of why".
    /// </summary>
    public static readonly Regex Unexplained = new(
        @"\b(?:(?:does|did|do|could|can) not|cannot|(?:was|is|were) unable to|not (?:been )?able to)\s+(?:\w+\s+){0,2}?(?:explain|say|analyse|analyze|account for|establish|comment on|tell us)\s+(?:\w+\s+){0,3}?(?:why|the reasons?|the delay|the omission)\b"
        + @"|\bno analysis of why\b|\bmade no attempt to analyse\b|\b(?:it is|it was|it remains) (?:not known|unclear|not clear) why\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    /// <summary>
    /// How reviews put practice down to its organisational context rather than to the person (the
    /// briefing's "broader contextual, organisational and environmental issues"): the demand and resources
    /// a team worked under (pressure, caseloads, vacancies, backlog, sick leave, shortages), a system,
    /// form or rule that was missing or steered officers, untrained staff, and the verdict itself ("organisational
    /// rather than", "not a failing of individual officers", "gives three reasons").
    /// </summary>
    public static readonly Regex Systemic = new(
        @"\b(?:rather than (?:a |an )?(?:failings? of |the fault of )?individual|not (?:a |the )?(?:failings?|fault) of (?:individual|the officers?)"
        + @"|individual (?:officers?|practitioners?|staff) (?:did not act|acted) wrongly|organisational (?:rather|context|factors?|culture|pressures?|issues?)"
        + @"|(?:underlying|systemic|system) (?:issues?|factors?|problems?|patterns?|weakness\w*|failures?)"
        + @"|(?:was|were) (?:working )?under (?:\w+ )?pressure|pattern was set by|reflected (?:training|the|a|an) [^.]{0,40}rather than"
        + @"|caused by (?:the )?(?:absence|lack) of|(?:gives|gave|identified|identifies|sets out) (?:two|three|four|several) reasons|traces? (?:the|this) [^.]{0,30}\bto\b"
        + @"|backlog|caseloads? of|vacanc(?:y|ies)|sick leave|shortages?"
        + @"|(?:the|its|a) (?:system|form|template|process|database) (?:did not|does not|prompted|was not designed)"
        + @"|(?:had not been|were not|was not) trained|no (?:rule|mechanism|process|system|protocol) (?:that|for|to))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));
}
