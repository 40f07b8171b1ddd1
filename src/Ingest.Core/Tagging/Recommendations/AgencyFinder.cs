using System.Text.RegularExpressions;
using Ingest.Core.Tagging.Agencies;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>An agency named in a text: its bucket (CONTRACT §5) and where; Council marks a local authority named without its service.</summary>
internal readonly record struct Mention(string Agency, int Start, int End, bool Council);

/// <summary>
/// Finds the agencies one review names: the shared gazetteer, the review's own names for agencies it
/// describes once ("Pathways Recovery (the substance misuse service)"), and local authorities. A council
/// named without a service ("Farrowdale Council", "the local authorities") stands for the social care
/// service of the people the review is about, unless the recommendation names one of the council's
/// other functions (environmental health, trading standards); so do "Social Services" and "social care"
/// said without "children's" or "adult".
/// </summary>
internal sealed partial class AgencyFinder(IReadOnlyDictionary<string, string> aliases, string councilAgency)
{
    public IReadOnlyDictionary<string, string> Aliases => aliases;

    public string CouncilAgency => councilAgency;

    public IReadOnlyList<Mention> Find(string text)
    {
        var found = AgencyGazetteer.Default.Find(text).Select(f => new Mention(f.Agency, f.Start, f.End, false)).ToList();
        // The review's own gloss ("Pathways Recovery (the substance misuse service)") says more than a name pattern of
        // the shared gazetteer ("X Recovery" as a charity): it replaces what the gazetteer found there.
        foreach (var (name, agency) in aliases)
        {
            foreach (Match m in Regex.Matches(text, $@"\b{Regex.Escape(name)}\b"))
            {
                var end = m.Index + m.Length;
                found.RemoveAll(f => m.Index <= f.Start && f.End <= end);
                // A force-name pattern that ran on from the glossed name ("Safe Haven Millhaven and Tarnholme Constabulary",
                // s124) keeps only its own part, after the "and".
                for (var i = 0; i < found.Count; i++)
                {
                    if (found[i].Start >= m.Index && found[i].Start < end && found[i].End > end && RunOn().Match(text, end) is { Success: true } join && join.Index == end)
                    {
                        found[i] = found[i] with { Start = end + join.Length };
                    }
                }

                AddFree(found, [m], agency, false);
            }
        }

        var council = CouncilFunction().IsMatch(text) ? "other" : councilAgency;
        AddFree(found, Council().Matches(text), council, true);
        AddFree(found, SocialCare().Matches(text), councilAgency, false);
        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>The distinct agencies a short text (a table cell, a heading) names, in order.</summary>
    public IReadOnlyList<string> AgenciesIn(string text) => Find(text).Select(m => m.Agency).Distinct().ToList();

    private static void AddFree(List<Mention> found, IEnumerable<Match> matches, string agency, bool council)
    {
        foreach (Match m in matches)
        {
            if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
            {
                found.Add(new Mention(agency, m.Index, m.Index + m.Length, council));
            }
        }
    }

    // A council followed by its service ("Kelbridge Council Adult Social Care", "the local authority's housing
    // department") is that service, which the gazetteer finds.
    [GeneratedRegex(@"(?:\b(?:[A-Z][\w'’-]+ )+(?:(?:County|City|Borough|District|Metropolitan|Town|Parish) )*Council|\b[Tt]he [Cc]ouncil|\b[Ll]ocal [Aa]uthorit(?:y|ies)|\bCyngor(?: Sir| Bwrdeistref Sirol| Dinas)?(?: [A-Z][\w'’-]+)+)\b(?! (?:Adult|Children|Housing|Education|Environmental|Early|Social))(?!['’]s\b)")]
    private static partial Regex Council();

    [GeneratedRegex(@"\s+(?:and|&)\s+")]
    private static partial Regex RunOn();

    // "Social Services should ...", "social care", "the social worker": the service of the people the review is about.
    [GeneratedRegex(@"(?i)\bsocial (?:services|care|work(?:ers?| teams?)?)\b")]
    private static partial Regex SocialCare();

    [GeneratedRegex(@"(?i)\b(?:environmental health|trading standards|licensing|building control|council tax|planning department)\b")]
    private static partial Regex CouncilFunction();
}
