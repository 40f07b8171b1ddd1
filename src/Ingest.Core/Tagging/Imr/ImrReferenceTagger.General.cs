using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// How reviews talk about the agencies' reports as a set, and how they go on about one without naming it
/// again. Writers vary the words far more than they vary these shapes, so the shapes are what is matched.
/// </summary>
public sealed partial class ImrReferenceTagger
{
    /// <summary>
    /// The reports as a set: "The quality of the reports varied", "Reports were quality assured by the
    /// panel", "The panel was provided with timelines and reports", "Chronologies and short reflective
    /// summaries were provided", a heading in capitals ("4. INDIVIDUAL MANAGEMENT REVIEWS"), "a
    /// supplementary account", "did not contribute a report", "provided an information report", and a
    /// report that "came from" an agency; "The summaries varied", "a supplementary note", "The panel asked for a
    /// second version", "A fuller note was provided" (new writers, s63-s68, name the reports by what was asked for);
    /// "the agencies' own accounts", "the reports I received", "the Department's report to this review" (s69-s74);
    /// "The summaries were clear and factual": the set judged. "The team's report accepts that ...", "The hostel's is
    /// short but honest": an owner's report that owns up to something, or is judged, is its review of its practice,
    /// even where the owner is not a name the gazetteer knows (a report to a conference does not "accept").
    /// Session 20: "The review sought reports from each agency that ...": the set asked of the agencies; "the agencies'
    /// reflective reports"; agencies that "provided thoughtful reviews" or "reviews of their involvement"; "The review
    /// group asked for a second version".
    /// </summary>
    [GeneratedRegex(@"\bquality of (?:the |their |these |all )?(?:(?:agency|agencies['’]|individual|written) )?(?:reports|submissions|contributions|summaries|accounts|timelines|chronologies)\b|\b(?:[Rr]eports|[Ss]ubmissions|[Tt]imelines|[Cc]hronologies|[Ss]ummaries|[Aa]ccounts)(?= (?:were|have been) (?:then |all |each )?(?:quality[- ]assured|scrutinised|challenged|read|returned|tested)\b)|(?<=\b(?:panel|review|reviewers?|chair|author) (?:was|were) (?:also )?(?:provided|supplied) with (?:\w+ ){0,3}?)(?:timelines|reports|chronologies|accounts|summaries|submissions)\b|\b(?:[Cc]hronologies|[Tt]imelines)(?= and (?:\w+ ){0,3}?(?:summaries|reports|accounts) (?:were|have been) (?:provided|submitted|received|supplied)\b)|\b(?:INDIVIDUAL MANAGEMENT REVIEWS?|AGENCY REPORTS?|INDIVIDUAL AGENCY REPORTS?)\b|\b[Ss]upplementary (?:report|account|submission|note)s?\b|\b[Tt]he (?:reports|summaries|submissions|accounts|IMRs|contributions)(?= (?:var(?:y|ied)|differed|ranged)\b| (?:were|are) (?:(?:all|generally|mostly|largely) )?(?:clear|factual|candid|reflective|analytical|thorough|descriptive|self-critical|of (?:good|variable|high|mixed|varying) quality)\b)|(?<=\b(?:panel|reviewers?|chair|author|group|[Ww]e|I) asked (?:the \w+ |them |it )?for (?:a|an) )(?:second|revised|fuller|further|more detailed) (?:version|report|note|account|submission)\b|\b(?:[Aa]|[Aa]n) (?:fuller|further|revised|second) (?:note|report|account|version|submission)(?= (?:was|were) (?:provided|submitted|supplied|received|sent)\b)|(?<=\b(?:contribute|contributed|provide|submit) (?:a|an) (?:short |written |brief )?)report\b|(?<=\b(?:provided|submitted|supplied|sent|gave) (?:an|a) (?:short |brief )?)information report\b|\b(?:[Aa]|[Tt]he) (?:(?:short|brief|written|reflective) )?(?:report|summary|account|letter)(?=[^.;]{0,60}?\bcame from\b)|\b[Nn]ot every (?:agency )?report\b|(?<=\b[Aa]gencies['’] (?:own |reflective |written |learning |individual )?)(?:accounts|reports|reviews|submissions|summaries|timelines|chronologies|contributions|IMRs)\b|\b(?:reports|accounts|submissions|summaries)(?= (?:I|we|the panel|the reviewers?) (?:received|read)\b)|(?<=['’]s )(?:report|account|submission|summary)(?= to (?:this|the) (?:review|panel|reviewers?)\b)|(?=(?:report|submission|account) )(?<=\b[Tt]he [\w-]+(?: [\w-]+)?['’]s )(?:report|submission|account)(?= (?:accepts|acknowledges|concedes|admits|is (?:frank|candid|honest|open))\b)|\b[Tt]he [\w-]+['’]s(?= (?:is|was) (?:\w+ )?(?:short|brief|long|thorough|candid|honest|frank|reflective|descriptive|analytical|thoughtful|self-critical)\b)|(?<=\b(?:sought|requested|commissioned) (?:(?:written|short|brief|individual) )?)(?:reports|IMRs|chronologies|accounts|summaries)(?= from (?:each|every|all(?: the)?|the) (?:\w+ )?(?:agenc|organisation|service|partner))|(?<=\b(?:provided|submitted|completed|produced|wrote) (?:(?:thoughtful|candid|reflective|detailed|thorough|careful|honest|useful|helpful|brief|short) )?)(?:learning )?reviews(?= of (?:their|its) (?:own )?(?:involvement|contact|practice|work)\b)|(?<=\b(?:provided|submitted|completed|produced|wrote) (?:thoughtful|candid|reflective|detailed|thorough|careful|honest|useful|helpful|brief|short) )(?:learning )?reviews(?=\s*[.;])")]
    private static partial Regex General();

    /// <summary>
    /// Within the paragraph of a reference, a later sentence that goes on about the report mid-way: "the
    /// report accepts", "told the author", "The panel has drawn on it heavily", "agrees with this analysis",
    /// "found this reflection honest", "disagreed with its conclusions", "For each contact it sets out ...",
    /// "rather than on the written report", "Where it reaches a conclusion", "There is no discussion of the
    /// decision to close" (what the report leaves out). The overview author, and this report, are the review's own.
    /// "The analysis occupies little more than a page", "The bail variation is described in one sentence": how
    /// little room the report gives something, said only in the paragraph about a report ("runs to forty pages" is
    /// what it holds, not a judgement of it, and is left to the gap rule).
    /// </summary>
    [GeneratedRegex(@"\bthe (?:report|summary|submission)(?= (?:also |itself |now |then )?(?:says|said|accepts?|accepted|acknowledges|acknowledged|notes|noted|records|recorded|explains|explained|states|stated|shows|showed|concludes|concluded|considers|found|finds|describes|described|sets out|set out|lists|listed|does not|did not)\b)|\b(?:wrote|written|on|from) the (?:written )?(?:report|summary|submission)\b|\bthe author\b(?! of (?:this|the) (?:review|report)\b)|(?<!\b(?:[Tt]his|[Oo]ur) (?:report|review) )\b(?:drawn|drew|draws|relied|relies|rely|disagreed|disagrees|agrees?|agreed) (?:heavily |largely |also |throughout )?(?:on|with) (?:it|its (?:conclusions?|analysis|findings?)|this (?:analysis|reflection|account|conclusion))\b|\b(?:found|considers?|considered|thought) (?:this|its) (?:reflection|analysis|account)\b|\b(?:with|of|accept|accepts) its (?:conclusions?|analysis|findings|recommendations)\b|\bit (?:sets out|set out|records|recorded|notes|noted|explains|explained|accepts|accepted|acknowledges|acknowledged|describes|described|lists|listed|identifies|identified|concludes|concluded|tests|tested|reaches|reached|does offer|did offer)\b|^There (?:is|was) (?:no|little) (?:discussion|analysis|consideration|reflection) of\b|\b(?:occupies|occupied|takes up|took up) (?:little |no |only |just )?(?:more than |less than |over |under |about )?(?:a|an|one|half a|two|three|\w+) (?:pages?|paragraphs?|lines?|sentences?)\b|\b(?:is|was|are|were) (?:described|covered|mentioned|dealt with|summarised|recorded) (?:only )?in (?:a single|one|two|half a|a) (?:sentence|line|paragraph)s?\b")]
    private static partial Regex FollowOn();

    /// <summary>"Each is summarised below", "All did so", "They are summarised here": the reports just named as a set.</summary>
    [GeneratedRegex(@"^(?:Each|All|Both|They|These|Their answers|The answers)(?: of them)? (?:is|are|was|were|did|had|have|has)\b")]
    private static partial Regex SetAnaphor();
}
