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

    private ReportVocabulary(IReadOnlyCollection<string> nouns)
    {
        Nouns = nouns;
        _named = nouns.Count == 0 ? null : new Regex($@"\b(?:(?:{Qualifiers})\s+)*(?:{string.Join('|', nouns.Select(Plural))})\b(?! of (?:the )?(?:review|panel)\b)", RegexOptions.CultureInvariant);
    }

    /// <summary>The report nouns the document uses ("timeline", "account", ...), singular.</summary>
    public IReadOnlyCollection<string> Nouns { get; }

    /// <summary>Learns the nouns from the sentences that say what the agencies were asked for or gave.</summary>
    public static ReportVocabulary Learn(IEnumerable<string> sentences)
    {
        var nouns = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var sentence in sentences)
        {
            foreach (Match m in Provision().Matches(sentence))
            {
                nouns.Add(Singular(m.Groups["noun"].Value.ToLowerInvariant()));
            }
        }

        return new ReportVocabulary(nouns);
    }

    /// <summary>The places in a sentence where one of the learned nouns is used; the caller checks an agency owns it.</summary>
    public IEnumerable<Match> Uses(string sentence) =>
        _named is null ? [] : _named.Matches(sentence).Where(m => !m.Value.EndsWith("response", StringComparison.Ordinal) || ToThePanel().IsMatch(sentence[(m.Index + m.Length)..]));

    /// <summary>The statements themselves ("Agencies provided timelines", "Written accounts were received from") refer to the reports.</summary>
    public static IEnumerable<Match> Statements(string sentence) =>
        Provision().Matches(sentence).Select(m => NounAt().Match(sentence, m.Groups["noun"].Index, m.Groups["noun"].Length)).ToList();

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
    private const string Qualifiers = "written|short|shorter|brief|reflective|supplementary|revised|detailed|full|fuller|own|agency";

    private const string Noun = "(?<noun>reports?|timelines?|accounts?|summar(?:y|ies)|responses?|submissions?|chronolog(?:y|ies)|contributions?)";

    /// <summary>
    /// "Agencies provided timelines", "Each agency ... was asked for a chronology ... and a reflective
    /// summary", "Written accounts were received from", "Shorter written summaries were requested from".
    /// </summary>
    [GeneratedRegex(@"\b(?:[Aa]genc(?:y|ies)|[Oo]rganisations?|[Ee]ach (?:agency|organisation|service))\b[^.;:]{0,80}?\b(?:provided|submitted|supplied|produced|prepared|contributed|(?:was|were) (?:asked|invited|requested) (?:for|to (?:provide|submit|produce|prepare|write|complete|give)))\s+(?:(?:a|an|their|its|written|short|shorter|brief|reflective|detailed|full)\s+){0,3}" + Noun + @"\b|\b" + Noun + @" (?:were|was) (?:received|requested|commissioned|provided|submitted|supplied|sought) (?:from|by)\b")]
    private static partial Regex Provision();

    [GeneratedRegex(@"\w+")]
    private static partial Regex NounAt();

    [GeneratedRegex(@"^\s+to (?:the )?(?:panel|review|reviewer|chair)(?:'s|’s)?\b")]
    private static partial Regex ToThePanel();
}
