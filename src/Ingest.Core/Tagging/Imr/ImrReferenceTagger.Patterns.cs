using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Imr;

/// <summary>The patterns of <see cref="ImrReferenceTagger"/>: the words for agency reports and how a sentence goes on about one.</summary>
public sealed partial class ImrReferenceTagger
{
    // The branches that open with a lookbehind ("police contribution" not after MARAC, "information report" after
    // "provided", "the police review" after "author of"; in AgencyReport below, "information" after "the") are each
    // guarded by a lookahead for their own words: unguarded, the lookbehind scanned back over the sentence at every
    // position, which made this the IMR tagger's costliest pattern.
    // Session 19: the NHS's patient safety incident investigation (PSII, the framework that replaced serious incident
    // investigations in 2022-24) is the trust's own review; "Agency Reflective Report" written as a title.
    // Session 19: "Management Review" capitalised without "Individual" ("Northshire Police completed a Management Review",
    // "Management reviews were commissioned"), and "Individual Management Reports".
    // Session 18: a report's kind written as its title ("Kestrelmoor Police's Agency Chronology and Analysis"), and an agency's
    // "learning review" ("Fenshire Constabulary's learning review", "The police learning review").
    // Session 20 probes: "the police submission", "the police review author", the health overview report (the ICB's
    // report drawing the health IMRs together); not "a police report" (a crime reported), "the police report of the
    // assault", "the police report number" or one sent to the CPS (none of them in s01-s87's gold or text as an IMR),
    // not a serious incident report made to the CQC or commissioners, not a "management review of the staff rota" or a
    // "management review meeting".
    [GeneratedRegex(@"\bIMRs?\b|^(?:[Ss]hort|[Ss]ummary|[Bb]rief|[Ww]ritten) (?:report|account|summary)$|\b[Ii]nformation was provided by:|\b(?:[Ii]ndividual|[Ii]nternal|[Ii]ndependent) [Mm]anagement (?:[Rr]eviews?|[Rr]eports?)\b|\b(?:[Ii]ndividual |[Ss]ingle )?[Aa]gency (?:[Rr]eports?|[Ss]ummar(?:y|ies)|[Ll]earning [Rr]eports?|[Rr]eflection [Rr]eports?|[Cc]ontributions?|[Ss]ubmissions?|[Tt]imelines?|[Cc]hronolog(?:y|ies))\b|\b[Mm]anagement [Rr]eviews?\b(?! of (?:the |a |an |his |her |its |their )?(?:staff|rota|roster|caseloads?|workloads?|budget|team|service|placement)s?\b| meetings?\b)|(?<!\b[Aa] )\b(?:police|force's|[Pp]olice|Constabulary) (?:report|chronology|timeline|summary|submission|learning review)\b|\b(?:[Pp]olice|force's|Constabulary's) review(?= (?:author|writer)s?\b)|\b[Hh]ealth [Oo]verview [Rr]eports?\b|\bHealth Overview\b|(?=[Hh]ealth overview\b)(?<=\b[Aa]uthors? of the )[Hh]ealth overview\b|(?=\b(?:police|force's|[Pp]olice|Constabulary) contribution\b)(?<!\b(?:MARAC|[Ss]trategy discussions?|[Ss]trategy meetings?|conference)\b[^.;]*)\b(?:police|force's|[Pp]olice|Constabulary) contribution\b(?! (?:to (?!(?:the|this|our) (?:review|panel|SAR|DHR|CSPR)\b)|at\b))|\b[Ss]ummar(?:y|ies) of (?:its |their )?involvement\b|\b(?:[Ss]ummar(?:y|ies)|letter|account|note) (?:of|about) (?:its|their) (?:own )?(?:contact|involvement)\b|(?=information reports?\b)(?<=\b(?:provided|submitted|supplied|sent|gave) (?:short |brief )?)information reports?\b|\b(?:[Ss]hort |[Bb]rief )?(?:[Ii]nformation|[Ss]ummary) reports?(?= (?:was|were) (?:provided|submitted|supplied|received|requested)\b)|\b(?:integrated|combined|multi-agency) (?:chronology|timeline)\b|\b(?:[Rr]eports|[Ss]ubmissions|[Cc]ontributions|[Tt]imelines|[Cc]hronologies) (?:were )?(?:received|provided|submitted)\b|\b(?:a|its|their) (?:timeline|chronology) of (?:its|their) (?:involvement|contact)\b|\bshort summary report\b|\bagency report author\b|(?<!\b[Tt]his )\blearning (?:reports?|summar(?:y|ies))\b|\b(?i:serious incident) (?:investigation(?: report)?|reports?)\b(?! (?:(?:was |were )?(?:sent |made |submitted |notified )?to) (?:the )?(?:CQC|Care Quality Commission|commissioners?|NHS England|regulator|ICB|CCG)\b)|\b(?i:patient safety incident investigation)s?\b|\bPSIIs?\b|\b[Ii]nternal (?:serious incident )?investigation(?: report)?\b|\b[Aa]gency analys[ie]s\b|\baddend(?:um|a)\b|\b[Tt]he (?:police|force's) analysis(?= \w+s\b)|\bIARs?\b|\b[Aa]gency [Rr]eflective [Rr]eports?\b|\b[Ss]ingle[- ]agency (?:reviews?|reports?|learning reviews?)\b|\b[Ss]coping returns?\b|(?=(?:police|force's|Constabulary's) (?:review|submission)\b)(?<=\b[Aa]uthors? of the )(?:police|force's|Constabulary's) (?:review|submission)\b")]
    private static partial Regex Reference();

    // Session 20 probes: "the health board's reflective analysis" (a Welsh review's name for the agency's report); an owner
    // ending in s takes the apostrophe alone ("Oakley Homes' report"). Session 20 arrivals: "the force's reflection report"
    // (s90); a contributors list line that names the agency, a colon and what it gave ("Kelderby Council Children's
    // Services: summary report.", s91).
    [GeneratedRegex(@"(?<=^[^.;:]{3,80}: )(?:(?:summary|short|brief|written|reflective|reflection) )?(?:report|IMR)\b(?=[.;]?$)|(?<=(?:['’]s|s['’]) )(?:(?:reflective |reflection |short |written |supplementary |summary )?(?:report|contribution|submission|timeline)|reflective analysis|internal review|(?:own (?:learning )?|learning )?review(?! (?:group|panel|meeting|process|team)\b)(?! of (?!(?:its|their) (?:own|involvement|contact|practice)\b))|own (?:view|assessment)|(?:internal (?:serious incident )?|Serious Incident )investigation(?: report)?)\b|\b(?:[Tt]he|[Aa]) (?:(?:short|brief|reflective|written|supplementary) )?(?:reports?|contributions?|submissions?|timeline|summary|response to the panel's questions)(?= (?:(?:provided|submitted|prepared|written|supplied) )?(?:from|by|of)\b)|\b(?:[Ss]hort|[Rr]eflective|[Ss]upplementary) reports?(?= (?:was|were) (?:provided|submitted|received|written) by\b)|(?<=\b(?:provided|submitted|sent|supplied) (?:the|a|an|its) (?:\w+ ){0,2})document\b(?! (?:to|for) (?:the |a )?(?:conference|court|meeting|MARAC|strategy)\b)|\b[Ii]nformation was provided(?= by\b)|\b[Ww]ritten material came(?= from\b)|(?<=\S \()(?:chronology|timeline|IMR|(?:short |reflective |written )?(?:report|summary))(?: and (?:an? )?(?:short |reflective |written )?(?:report|summary|IMR|chronology|timeline))?(?: only)?(?=\)\s*$)|(?=information )(?<=\b[Tt]he )information(?= (?:provided|supplied|submitted) by (?:(?! to )[^.;,]){3,60}? (?:was|is|were|did not|does not|showed|shows)\b)")]
    private static partial Regex AgencyReport();

    // Session 19: not inside a reported question ("The force's IMR does not say why the risk assessment was not completed"):
    // what was not completed there is the practice, not the report.
    [GeneratedRegex(@"(?<!\b(?:why|whether|how)\b[^.;]*)\b(?:unable to (?:provide|submit|complete|prepare)|did not (?:provide|submit|complete|prepare|receive)|(?:was|were) not (?:provided|received|submitted|completed|prepared|available)|(?:was|were) unavailable|no (?:IMR|agency report|management review) (?:was|has been))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Absent();

    /// <summary>Right after its agency: "the care home's account", "the housing timeline", "the GP practice's report", "Oakley Homes' report".</summary>
    private const string AttachedGap = @"^(?:\s+(?:practice|team|service|services|trust|unit|department|association|provider|home|hub))?(?:['’]s?)?\s*$";

    [GeneratedRegex(AttachedGap)]
    private static partial Regex Attached();

    /// <summary>Attached, or with the agency as the subject: "Ouseleigh Police provided a shorter response".</summary>
    [GeneratedRegex(AttachedGap + @"|^\s+(?:provided|submitted|supplied|sent|wrote|gave|produced)\s+(?:(?:a|an|its|their)\s+)?$")]
    private static partial Regex Adjoining();

    /// <summary>"the police chronology", "the police timeline": a list of contacts, not the agency's review of its practice.</summary>
    [GeneratedRegex(@"(?:chronolog(?:y|ies)|timelines?)$", RegexOptions.IgnoreCase)]
    private static partial Regex ListOfContacts();

    /// <summary>"The police IMR was written by a detective inspector from another area."</summary>
    [GeneratedRegex(@"\b(?:written|prepared|completed|compiled) by\b|\bauthor\b")]
    private static partial Regex AuthorNamed();

    /// <summary>"She interviewed eleven officers ...": after the report's author was named, what the author did for it.</summary>
    [GeneratedRegex(@"^(?:She|He)\b")]
    private static partial Regex AuthorPronoun();

    /// <summary>
    /// "Not every report reached that standard", "The quality of the reports varied", "The overview author
    /// considers it of good quality", "two were returned to their authors": what the review thought of the
    /// reports it has just named. "This report" is the review itself, so it is not one of them.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Tt]he|[Ee]ach|[Ee]very|[Tt]heir) (?:reports|submissions|reply|second version|revised version)\b|\b[Tt]hat (?:second |revised |further |original )?(?:report|submission|summary|response|account|document)\b|\b[Tt]hese (?:reports|summaries|accounts|submissions)\b|\b[Nn]ot every (?:agency )?report\b|\b[Tt]he report's author\b|\b(?:[Tt]he (?:overview )?author|[Tt]he panel|[Tt]he reviewers?) (?:considers|considered|judged|found) it\b|\breturned to (?:their|its) authors?\b")]
    private static partial Regex ReportsJudged();

    /// <summary>"It ...", "But it ...", "The summary records ...", "That response was ...": the report just named.</summary>
    [GeneratedRegex("^" + ReportForms.Anaphor + @"\b")]
    private static partial Regex Anaphor();

    /// <summary>
    /// "The short report described ...", "whose short report did not mention ...": once a review has said
    /// the agencies gave short reports, the short report it goes on about is one of them, even paragraphs
    /// later, and its agency is the one the section is about.
    /// </summary>
    [GeneratedRegex(@"(?:^|\b(?:[Tt]he|whose|[Ii]ts|[Tt]heir) )$")]
    private static partial Regex Definite();

    /// <summary>
    /// Other ways the agencies' own accounts reach a review: answers to the panel's written questions
    /// ("The force's answers to the panel's questions explain ..."), an agency's "own analysis" or "own
    /// conclusion", and accounts "combined into a single timeline". 12 of 12 such tuned sentences are gold.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Aa]nswers? to|answered|[Ii]n answer to) the (?:\w+ )?(?:panel|review|reviewer|chair)(?:'s|’s) (?:written )?questions\b|(?<=['’]s )own (?:conclusions?|analysis|findings?)\b|\b(?:combined|merged|brought together) into (?:a|one) (?:single )?(?:timeline|chronology)\b")]
    private static partial Regex Gathered();

    /// <summary>
    /// "The report is candid and reflective", "It is a thoughtful report": a report judged for its candour or
    /// analysis is an agency's (a review does not call itself candid); 9 of 9 such tuned sentences are gold. Session 19: one
    /// ranked against the others ("The Hollybrook Care report is the weakest") is judged as well. Session 20: an owner's
    /// review judged the same way ("Oakfield Lodge's learning review is short but candid"), whoever the owner is, and "The
    /// panel considers this a thoughtful and candid analysis" (a review does not call its own analysis candid).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?:report|summary|submission|account)|(?<=['’]s (?:own |learning |internal )?)review)(?= (?:is|was) (?:\w+,? (?:but|and|yet) )?(?:\w+ )?(?:candid|reflective|analytical|thorough|thoughtful|descriptive|honest|frank|self-critical|weakest|strongest|poorest|thinnest|fullest)\b)|(?<=\b(?:is|was) an? (?:\w+ )?(?:thoughtful|candid|reflective|analytical|thorough|descriptive|honest|frank|self-critical) )(?:report|document|account|summary|submission)\b|(?<=\b(?:considers?|considered|found|judged|thought) (?:this|it) an? (?:\w+,? (?:and )?)?(?:thoughtful|candid|reflective|analytical|thorough|honest|frank|self-critical|careful) (?:and \w+ )?)(?:analysis|report|account|document|submission)\b")]
    private static partial Regex Judged();

    /// <summary>
    /// "The Hollybrook Care report": a name the agency list does not know right before the report owns it, so the report
    /// is not the section's agency's (session 19: s76's care home report took the police's critique before this).
    /// </summary>
    [GeneratedRegex(@"(?:^|\s)(?!(?:The|This|That|These|Its|Their|A|An|Each|Every)\b)[A-Z][\w'’-]+(?:['’]s?)?\s+$")]
    private static partial Regex NamedOwner();

    /// <summary>"IMR authors", "IMR writers": the authors of every agency's report, not of the one named before.</summary>
    [GeneratedRegex(@"^\s+(?:authors|writers)\b")]
    private static partial Regex OfSeveral();

    /// <summary>
    /// "Its discharge policy allowed ...": the agency's policy, staff or systems, not its report's. "Its author",
    /// "Its root cause", "Its answer" are the report's, so only what an agency has and a report has not is ruled out.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:But|However|Yet|Instead),? )?Its (?:[\w-]+ )?(?:polic(?:y|ies)|procedures?|staff|systems?|services?|teams?|workers?|officers?|records?|premises|wards?|clinics?)\b")]
    private static partial Regex ItsOther();

    /// <summary>"The panel accepts ..., and it notes": the "it" of a sentence about the panel or the review is theirs.</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?:The|This) (?:panel|review|board|partnership|reviewers?|overview author|SAR|DHR|CSPR)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReviewSubject();

    /// <summary>"report to the coroner", "report for the initial child protection conference", "report to his parents": made to another body in the case.</summary>
    [GeneratedRegex(@"^\s+(?:to|for) (?:the |his |her |their )?(?:coroner|inquest|MARAC|court|tribunal|(?:[\w-]+ )?hearing|(?:initial |review )?(?:child protection )?conference|CPS|Crown Prosecution Service|parents?|strategy (?:meeting|discussion)|core group|Home Office)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ToAnotherBody();

    /// <summary>"The police report of the assault", "the police report number", "a police report was made", "the police report was sent to the CPS", "police reports about noise", "the housing officer's report of the visit": the record of an event in the case.</summary>
    [GeneratedRegex(@"^\s+(?:of (?:the |an? |her |his |their )?(?:[\w-]+ )?(?:incident|assault|crime|offence|attack|allegation|disclosure|episode|death|injury|injuries|theft|burglary|robbery|rape|visit|meeting|call|conversation|examination)s?|about|concerning|regarding|number|reference|(?:was |were )?(?:made|filed|logged|raised)|(?:was |were )?(?:sent|passed|forwarded) to the (?:CPS|Crown Prosecution Service|court))\b")]
    private static partial Regex CaseReportAfter();

    /// <summary>"The officer who took the report", "taking a report": an officer takes a report of a crime, never an agency's report.</summary>
    [GeneratedRegex(@"\b(?:took|take|takes|taking|taken)\s+(?:(?:the|a|her|his|their)\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TakenBefore();

    /// <summary>The everyday words a report of the case shares with an agency's report to the review.</summary>
    [GeneratedRegex(@"(?i:reports?|submissions?)$")]
    private static partial Regex ReportWord();

    /// <summary>"The coroner's report", "the pathologist's report", "the family's submission": the owner is no agency of the review.</summary>
    [GeneratedRegex(@"\b(?:coroner|pathologist|toxicologist|family|mother|father|parents|sister|brother|son|daughter)['’]s?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex NotAnAgency();

    /// <summary>"The report from ...", "a summary by ...": a report named by its article, whose agency follows.</summary>
    [GeneratedRegex(@"^(?:[Tt]he|[Aa]) ")]
    private static partial Regex ArticleForm();

    /// <summary>
    /// "It is to the credit of the force that ...", "It is not possible to say ...", "It is not known what checks
    /// were made", "It is to the force's credit", "It is a point at which ...": an "it" that stands for nothing;
    /// "It will be monitored by the sub-group" is an action plan's (fit s01-s62: 4 such sentences tagged).
    /// </summary>
    [GeneratedRegex(@"^It (?:is|was|would be|would have been|will be|has been|had been|seems|seemed)(?: (?:therefore|also|not|now|still))* (?:possible|impossible|likely|unlikely|important|expected|notable|striking|worth|right|fair|difficult|hard|known|clear|unclear|evident|apparent|to (?:the|its|his|her|their|[\w-]+['’]s) credit|(?:a|an) (?:point|matter|question)\b)\b|^It will\b")]
    private static partial Regex Expletive();

    /// <summary>"Little Acorns Day Nursery, which the child attended, provided a brief ": the subject of a sentence that gives a report.</summary>
    [GeneratedRegex(@"^(?<subject>[^.;:]{3,120}?)\s+(?:also )?(?:provided|submitted|completed|supplied|sent|wrote|produced)\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}$")]
    private static partial Regex ProvidedBy();

    [GeneratedRegex(@"^\s*(?:\(\w+\)\s*)?(?:from|by|of|for|(?:(?:was|were) )?(?:submitted|written|provided|prepared|completed) by)\b", RegexOptions.IgnoreCase)]
    private static partial Regex After();

    // Session 20 probes: "read as a chronology", "largely a chronology of contacts", "a restatement of the records",
    // "a recitation of logs", "did not address why", "offered no explanation of why", "more of a chronology than an analysis", "not sufficiently analytical", "told
    // us little about why", "The IMR was superficial" (the
    // report itself, not the practice it describes): a report that retells rather than analyses.
    [GeneratedRegex(@"\b(?:lack(?:ed|s|ing)? (?:of )?(?:analysis|reflection|critical)|without (?:reflection|analysis)|(?:largely |mainly |purely |essentially )?descriptive|list(?:ed|s)? (?:of )?events|no (?:real )?analysis|(?:did|does|do) not,? (?:however,? )?(?:analyse|explain|reflect|(?:examine|ask|consider|say|address|explore) why)|(?:\b[Ii]t|, and) (?:does|did) not (?:ask|consider|say) whether|rather than (?:an? )?(?:analysis|analyse|examine|reflect\w*)|(?:a )?narrative of (?:its |the )?(?:contacts?|events|involvement)|little (?:analysis|reflection)|(?:says?|said) (?:little|nothing)(?:,? though,?)? about why|rarely (?:says|said|explains|explained|asks|asked) why|\bbut not why|(?:largely|mainly|only|merely|simply|entirely|consist(?:ed|s)(?: \w+){0,2} of) a (?:timeline|list|record) of (?:the \w+['’]s |\w+ )?(?:incidents|contacts|calls|events|dates)|not (?:sufficiently |very |particularly |always )?analytical|more of a (?:chronology|timeline|narrative|list|description) than|(?:told|tells) (?:us|the panel|the reviewers?) (?:little|nothing) about why|(?:offered|offers|gave|gives|provided|provides) (?:no|little) (?:explanation|account) of why|(?<=\b(?:IMR|report|submission|review|account) (?:was|is) (?:\w+ )?)superficial|(?:reads?|read) (?:as|like) (?:a |an )?(?:chronology|timeline|list|log|narrative)|(?:largely|mainly|essentially|merely|simply|little more than) (?:a |an )?(?:chronology|timeline|restatement|recitation|repetition)|(?:restatement|recitation|repetition) of (?:the |its )?(?:records?|logs?|notes|entries|events|contacts)|returned to the author for further analysis|chronolog(?:y|ical) (?:list|account) (?:only|rather))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Critique();
}
