using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging.Agencies;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// The sentence (or the list after a colon) that says which agencies gave an IMR or agency report:
/// "IMRs were received from A, B and C", "Reports were requested from the following agencies:" followed
/// by one agency a line. Each agency named there is tagged as an imr_reference on its name, so the
/// per-document inventory has evidence an analyst can see.
/// </summary>
internal static partial class ContributorList
{
    /// <summary>How far after a sentence ending in a colon its list may run.</summary>
    private const int ListReach = 900;

    /// <summary>A line of a list is short; a longer one is a paragraph again.</summary>
    private const int MaxListItemLength = 160;

    /// <summary>Cells of a contributors' table in a row that name no agency: a header row, or a "what it provided" column.</summary>
    private const int MaxCellsWithoutAgency = 2;

    /// <summary>A cell is short; a longer line without an agency is the text after the list.</summary>
    private const int MaxCellLength = 60;

    /// <summary>Mentions an agency needs across the review to count as one of "each agency" that gave a report.</summary>
    private const int InvolvedMentions = 3;

    public static IEnumerable<(int Start, int End, string Agency, bool Inferred)> Find(TaggingContext context)
    {
        var listed = Listed(context).ToList();
        // "Each agency provided a timeline of its involvement": where the review names no list, the agencies
        // it shows involved (named at least three times) are the contributors, each tagged at its first
        // mention. Where it also lists who gave reports ("Seven accounts were received: from ..."), the list
        // is the inventory, and an agency merely mentioned (the prison he went to) is not in it.
        var inferred = listed.Select(l => l.Agency).Distinct().Count() < MinListed && context.Sentences.Any(s => EachAgency().IsMatch(context.SentenceText(s)))
            ? Involved(context.Text)
            : [];
        return listed.Select(l => (l.Start, l.End, l.Agency, false)).Concat(inferred.Select(l => (l.Start, l.End, l.Agency, true)));
    }

    /// <summary>Agencies a list of contributors needs before it stands for the whole inventory.</summary>
    private const int MinListed = 2;

    private static IEnumerable<(int Start, int End, string Agency)> Listed(TaggingContext context)
    {
        var sentences = context.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = context.SentenceText(sentences[i]);
            foreach (var (start, end, agency) in ListedSubject(s) is { } subject ? Agencies(subject.Value, sentences[i].Start + subject.Index) : [])
            {
                yield return (start, end, agency);
            }

            var trigger = Trigger().Match(s);
            if (!trigger.Success)
            {
                continue;
            }

            var listStart = trigger.Index + trigger.Length;
            foreach (var (start, end, agency) in Agencies(s[listStart..], sentences[i].Start + listStart))
            {
                yield return (start, end, agency);
            }

            if (s.TrimEnd().EndsWith(':'))
            {
                foreach (var (start, end, agency) in FollowingItems(context, i))
                {
                    yield return (start, end, agency);
                }
            }
        }
    }

    private static IEnumerable<(int Start, int End, string Agency)> FollowingItems(TaggingContext context, int colonSentence)
    {
        var limit = context.Sentences[colonSentence].End + ListReach;
        var skipped = 0;
        for (var j = colonSentence + 1; j < context.Sentences.Count && context.Sentences[j].Start < limit; j++)
        {
            var item = context.SentenceText(context.Sentences[j]);
            var found = Agencies(item, context.Sentences[j].Start).ToList();
            if (item.Length > MaxListItemLength)
            {
                yield break;
            }

            // A table of contributors has cells that name no agency ("Agency", "What it provided", "IMR");
            // a few in a row are the table's, more are the end of the list.
            skipped = found.Count == 0 ? skipped + 1 : 0;
            if (skipped > MaxCellsWithoutAgency || (found.Count == 0 && item.Length > MaxCellLength))
            {
                yield break;
            }

            foreach (var hit in found)
            {
                yield return hit;
            }
        }
    }

    private static IEnumerable<(int Start, int End, string Agency)> Agencies(string text, int offset) =>
        AgencyGazetteer.Default.Find(text)
            .Where(a => a.Agency is not ("partnership" or "national"))
            .Select(a => (offset + a.Start, offset + a.End, a.Agency));

    /// <summary>The agencies named at least <see cref="InvolvedMentions"/> times, each tagged at its first mention.</summary>
    private static IEnumerable<(int Start, int End, string Agency)> Involved(string text) =>
        AgencyGazetteer.Default.Find(text)
            .Where(a => a.Agency is not ("partnership" or "national" or "other"))
            .GroupBy(a => a.Agency)
            .Where(g => g.Count() >= InvolvedMentions)
            .Select(g => (g.First().Start, g.First().End, g.Key));

    [GeneratedRegex(@"(?:\b(?:each|every|all(?: the)?|the|(?:four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|\d{2})(?: different| partner)?) (?:agenc(?:y|ies)|organisations?|services?)|^(?:\d+(?:\.\d+)*\s+)?(?:[Aa]gencies|[Oo]rganisations))(?: involved| concerned| (?:that|which|who) (?:had )?(?:known|knew|worked with|had contact with|were involved with|was involved with) [^.,;]{1,30}?)? (?:also |then |each |both )?(?:(?:was|were) asked (?:to provide|to produce|for)|provided|sent|submitted|completed|prepared|produced|wrote|contributed|gave(?: us| the review| the panel)?)\b[^.]{0,60}?\b(?:timelines?|chronolog(?:y|ies)|reports?|IMRs?|summar(?:y|ies)|accounts?|analys[ie]s)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EachAgency();

    /// <summary>
    /// "Adult Social Care, the GP practice and Ridgeway Homes each provided a chronology and a report",
    /// "The ambulance service and the sexual health clinic provided chronologies", "... were asked for short
    /// reports", "... also contributed": the agencies that gave reports as the subject of the sentence. Two
    /// agencies at least, so "The police provided a report to the conference" is not one.
    /// </summary>
    private static Group? ListedSubject(string sentence) => ListedMatch(sentence) is { } m ? ListedSubject(m) : null;

    // Two different names: "A police officer did not attend, but the police provided a written report" names one agency twice.
    private static Group? ListedSubject(Match m) =>
        m.Groups["subject"].Value is var subject && Agencies(subject, 0).Select(a => subject[a.Start..a.End].ToLowerInvariant()).Distinct().Count() >= 2 ? m.Groups["subject"] : null;

    /// <summary>The word of a listed-subject sentence that names what the agencies gave ("chronologies"), or "contributed".</summary>
    public static IEnumerable<Match> ListedNouns(string sentence) =>
        ListedMatch(sentence) is { } m && ListedSubject(m) is not null
            ? [Word().Match(sentence, m.Groups["noun"].Success ? m.Groups["noun"].Index : m.Groups["verb"].Index)]
            : [];

    // The subject pattern tries every subject length against every verb, which tripled the IMR tagger's time
    // (bench, session 10); a sentence without one of its verbs is not tried at all.
    private static Match? ListedMatch(string sentence) =>
        ListingVerb().IsMatch(sentence) && SubjectList().Match(sentence) is { Success: true } m ? m : null;

    [GeneratedRegex(@"\b(?:provided|submitted|supplied|sent|gave|wrote|produced|completed|contributed|asked)\b")]
    private static partial Regex ListingVerb();

    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\s+)?(?<subject>[^.;:]{3,250}?)\s+(?:each |also |both |all |then )?(?:(?<verb>contributed)(?=\s*(?:to (?:the|this) (?:review|panel)\b[^.;]*)?\.?$)|(?:provided|submitted|supplied|sent|gave|wrote|produced|completed|contributed|(?:was|were) (?:also )?asked (?:for|to (?:provide|submit|complete|produce|write|supply)))\b[^.;]{0,40}?\b(?<noun>chronolog(?:y|ies)|reports?|IMRs?|summar(?:y|ies)|accounts?|timelines?|submissions?|reviews)\b(?! (?:to|for) (?:the |a )?(?:child protection |initial |review )?(?:conference|court|meeting|MARAC|strategy)\b))")]
    private static partial Regex SubjectList();

    [GeneratedRegex(@"\w+")]
    private static partial Regex Word();

    /// <summary>Whether the text already has a reference this list entry would repeat.</summary>
    public static bool Covered(IReadOnlyList<Annotation> existing, int start, int end) =>
        existing.Any(a => a.Start < end && start < a.End);

    /// <summary>
    /// The words that open a list of contributors. "Five agencies were asked to secure their records and to
    /// complete an IMR: ..." asks for the report second, so the request may come after another one.
    /// "Single-agency learning reviews were received from ..." and "Seven agencies each supplied a chronology
    /// and a summary: ..." are two more ways of saying it, and "We received reports from A, B, ..." a third (s76,
    /// s83, s84: their lists went unread).
    /// </summary>
    [GeneratedRegex(@"\b(?:IMRs|(?:individual |internal )?management reviews|(?:single[- ]agency |agency )(?:learning )?reviews|(?:agency |written )?(?:reports|submissions|contributions|summar(?:y|ies)|chronologies|accounts|timelines)|(?:chronologies|timelines) and (?:\w+ ){0,2}(?:IMRs|reports|summar(?:y|ies)|accounts)|IMRs and chronologies)\b(?: and [\w ]{1,30}?)?\s+(?:were|have been)\s+(?:\w+\s+){0,2}?(?:received|requested|provided|commissioned|submitted|obtained|completed|written|sought)(?:\s+for\s+the\s+(?:rapid\s+)?(?:review|panel))?:?\s+(?:from|by)\b|\b(?:review|panel) (?:took|gathered|sought) (?:information|chronologies|reports|accounts) from\b|\bthe following (?:agencies|organisations|services|contributed|provided|submitted)\b|\b(?:the )?(?:IMRs|reports|submissions|information) (?:came|was provided|were provided|was received|were received) (?:from|by)\b|\b(?:received|requested|commissioned) (?:IMRs|(?:agency |written )?reports|individual management reviews)\b[^.:]{0,60}(?=:)|\b(?:we|the (?:review|panel|reviewers?|author)) (?:received|requested|commissioned|obtained) (?:IMRs|(?:(?:agency|written|short|single-agency) )?(?:reports|submissions|accounts)|individual management reviews) from\b|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}|several) (?:agencies|organisations|services) (?:(?:each|all|also) )?(?:wrote|provided|supplied|sent|submitted|completed|prepared|contributed|were asked (?:to [^.:;]{1,50}? and )?(?:for|to (?:complete|submit|provide|produce|prepare|write)))\b[^:.]{0,120}:|\b(?:agencies|organisations|services) (?:that|which|who) (?:provided|submitted|contributed|completed|prepared|wrote|gave)\b[^.:]{0,80}? (?:were|are)(?:\s*:|(?-i:(?= [A-Z])))|\b(?:material|report|summary|account|letter|reports|summaries|accounts)\b[^.;]{0,60}?\bcame from\b", RegexOptions.IgnoreCase)]
    private static partial Regex Trigger();
}
