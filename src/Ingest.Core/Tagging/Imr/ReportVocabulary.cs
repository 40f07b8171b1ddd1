using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// The words one review uses for the agencies' own accounts. Reviews that did not ask for IMRs say what
/// they asked for instead ("Each agency was asked for a chronology and a reflective summary", "Written
/// accounts were received from ...", "Agencies provided timelines of their involvement"). Once a review
/// has said so, "the housing timeline" or "the care home's account" is that agency's report there, while
/// in another review "the police timeline" is only a list of contacts. So the words are learned per
/// document, from the sentences that say what the agencies provided, and never assumed.
/// </summary>
internal sealed partial class ReportVocabulary
{
    private readonly Regex? _named;

    private readonly IReadOnlyCollection<string> _said;

    private ReportVocabulary(IReadOnlyCollection<string> nouns, IReadOnlyCollection<string> said)
    {
        _said = said;
        _named = nouns.Count == 0 ? null : new Regex($@"\b(?:(?:{Qualifiers})\s+)*(?:{string.Join('|', nouns.Select(Plural))})\b(?! of (?:the )?(?:review|panel)\b)", RegexOptions.CultureInvariant);
    }

    /// <summary>Learns the nouns from the sentences that say what the agencies were asked for or gave.</summary>
    public static ReportVocabulary Learn(IEnumerable<string> sentences)
    {
        // "The Probation Service report" is its report in any review; the other words only where the review says so.
        var nouns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (var m in Provision().Matches(sentence).Concat(AgenciesOwn().Matches(sentence)).Concat(AgencyProvision().Matches(sentence).Where(m => Agencies.AgencyGazetteer.Default.Find(sentence[..m.Index]).Count > 0)))
            {
                // "provided a chronology and a short report": each noun of the pair is a kind it gave.
                foreach (Capture noun in m.Groups["noun"].Captures)
                {
                    nouns.Add(Singular(noun.Value.ToLowerInvariant()));
                }
            }
        }

        var said = nouns.ToList();
        nouns.Add("report");
        // "The Probation Service submission describes ...": a submission is made to the review, as a report is (session 20 probes).
        nouns.Add("submission");
        return new ReportVocabulary(nouns, said);
    }

    /// <summary>
    /// The places in a sentence where one of the nouns is used, and whether the review said its agencies
    /// gave that kind of report ("report" is always a candidate, but then the caller must find the agency
    /// right before it: "the Probation Service report"). The caller checks an agency owns it.
    /// </summary>
    public IEnumerable<(Match Use, bool Said)> Uses(string sentence) =>
        _named is null ? [] : _named.Matches(sentence)
            .Where(m => !m.Value.EndsWith("response", StringComparison.Ordinal) || ToThePanel().IsMatch(sentence[(m.Index + m.Length)..]))
            .Where(m => !Referral().IsMatch(sentence[..m.Index]) && !OtherDocument().IsMatch(sentence[..m.Index]) && !ForAMeeting().IsMatch(sentence))
            .Select(m => (m, _said.Contains(Singular(m.Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)[^1]))));

    /// <summary>The statements themselves ("Agencies provided timelines", "Written accounts were received from") refer to the reports.</summary>
    public static IEnumerable<Match> Statements(string sentence) =>
        Provision().Matches(sentence).Select(m => m.Groups["noun"].Captures[0]).Select(c => NounAt().Match(sentence, c.Index, c.Length)).ToList();

    /// <summary>
    /// "The reviewers merged the timelines into a single chronology", "Chronologies were merged by the
    /// chair": the agencies' accounts being put together. 13 of 14 such sentences in the tuned gold are
    /// IMR sentences, whatever the review calls the accounts.
    /// </summary>
    public static IEnumerable<Match> Merges(string sentence) =>
        Merged().Matches(sentence).Select(m => m.Groups["noun"]).Select(g => NounAt().Match(sentence, g.Index, g.Length)).ToList();

    private static string Singular(string noun) => noun switch
    {
        "summaries" => "summary",
        "chronologies" => "chronology",
        _ when noun.EndsWith('s') => noun[..^1],
        _ => noun,
    };

    private static string Plural(string noun) => noun switch
    {
        "summary" => "summar(?:y|ies)",
        "chronology" => "chronolog(?:y|ies)",
        _ => noun + "s?",
    };

    /// <summary>Words that qualify a report without changing what it is.</summary>
    private const string Qualifiers = "written|short|shorter|brief|reflective|supplementary|revised|detailed|full|fuller|own|agency|single|single-agency|learning";

    /// <summary>Up to three words between the verb and the noun of a provision statement: "supplied a brief agency summary", "gave thorough reports" (session 20).</summary>
    private const string ProvisionArticles = @"(?:(?:a|an|their|its|written|short|shorter|brief|reflective|detailed|full|single-agency|agency|learning|thorough|thoughtful|candid|honest|careful|comprehensive)\s+){0,3}";

    // Case-insensitive: a statement may open with its noun ("Accounts were received from ...").
    private const string Noun = "(?<noun>(?i:reports?|timelines?|accounts?|summar(?:y|ies)|responses?|submissions?|chronolog(?:y|ies)|contributions?))";

    /// <summary>
    /// "Agencies provided timelines", "Each agency ... was asked for a chronology ... and a reflective
    /// summary", "Written accounts were received from", "Shorter written summaries were requested from",
    /// "Reports came from", "We asked each agency involved ... for a written report", "supplied a chronology and a
    /// brief agency summary" (session 19: "agency" qualifies the noun like "brief"), "Agencies completed their reports" (session 20).
    /// </summary>
    [GeneratedRegex(@"\b(?:[Aa]genc(?:y|ies)|[Oo]rganisations?|[Ee]ach (?:agency|organisation|service))\b[^.;:]{0,80}?\b(?:provided|submitted|supplied|sent|produced|prepared|completed|contributed|gave(?: us| the (?:review|panel|reviewers?))?|wrote|(?:was|were) (?:asked|invited|requested) (?:for|to (?:provide|submit|supply|produce|prepare|write|complete|give)))\s+" + ProvisionArticles + Noun + @"(?:\s+and\s+" + ProvisionArticles + Noun + @")?\b|\b" + Noun + @" (?:(?:were|was) (?:received|requested|commissioned|provided|submitted|supplied|sought)|came):? (?:from|by)\b|\basked (?:each|every|all(?: the)?) (?:agency|agencies|organisations?)\b[^.;:]{0,60}?\bfor\s+" + ProvisionArticles + Noun + @"\b")]
    private static partial Regex Provision();

    /// <summary>"The Probation Service provided a summary of its management of him", "... provided a chronology and a short report": an agency's own statement of what it gave.</summary>
    [GeneratedRegex(@"\b(?:provided|submitted|supplied)\s+(?:(?:a|an|its|their)\s+)?(?:(?:" + Qualifiers + @")\s+)*" + Noun + @"(?:\s+and\s+(?:(?:a|an|its|their)\s+)?(?:(?:" + Qualifiers + @")\s+)*" + Noun + @")?\b")]
    private static partial Regex AgencyProvision();

    /// <summary>"The agencies' own accounts", "the agencies' reports": the word the review uses for the set is each agency's too.</summary>
    [GeneratedRegex(@"\b[Aa]gencies['’] (?:own )?" + Noun + @"\b")]
    private static partial Regex AgenciesOwn();

    /// <summary>"did not make an adult safeguarding report", "raised a police report": a referral, not an agency's review.</summary>
    [GeneratedRegex(@"\b(?:make|made|making|raise[ds]?|raising|complete[ds]?|completing|submit(?:s|ted)?|file[ds]?) (?:a|an)\b[^.;]{0,30}$")]
    private static partial Regex Referral();

    /// <summary>"no intelligence report was submitted by Marbury Police", "the crime report": a document of the case, not an agency's review.</summary>
    [GeneratedRegex(@"\b(?:intelligence|crime|incident|missing person|DASH|referral|safeguarding|medical|post-mortem|pre-sentence|court|school|welfare|concern)\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex OtherDocument();

    /// <summary>"did not attend the conference but the police provided a written report": a report for the meeting, not to the review.</summary>
    [GeneratedRegex(@"\b(?:to|for|attend|attended|at) the (?:\w+ )?(?:conference|core group|court hearing)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForAMeeting();

    [GeneratedRegex(@"\b(?:merged|combined|collated|amalgamated|brought together|drew together)\s+(?:the|these|their|all(?: the)?)\s+(?:(?:IMR|agency|agencies'|agencies’|individual)\s+)?(?<noun>timelines|chronologies|reports|accounts|IMRs|submissions)\b|\b(?<noun>[Tt]imelines|[Cc]hronologies|IMRs|[Ss]ubmissions)\s+(?:were|have been)\s+(?:then\s+)?(?:merged|combined|collated|amalgamated|brought together|drawn together)\b")]
    private static partial Regex Merged();

    [GeneratedRegex(@"\w+")]
    private static partial Regex NounAt();

    [GeneratedRegex(@"^\s+to (?:the )?(?:panel|review|reviewer|chair)(?:'s|’s)?\b")]
    private static partial Regex ToThePanel();
}
