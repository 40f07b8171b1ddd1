using System.Text.RegularExpressions;
using Ingest.Core.Tagging.Agencies;
using Ingest.Core.Text;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// What one review teaches about its agencies: the names it glosses once ("Callowmere Medical Practice
/// (Mary's GP)", "Pathways Recovery, the substance misuse service,") and whether it is about children or
/// adults, which decides the service a bare "local authority" stands for.
/// </summary>
internal static partial class ReviewAgencies
{
    private static readonly string[] ChildReviewTypes = ["SCR", "CSPR", "CPR"];

    public static AgencyFinder For(TaggingContext context) => new(Aliases(context.Text), CouncilAgency(context));

    /// <summary>Children's reviews (SCR, CSPR, CPR) mean children's social care; the others, adult social care. Without metadata, the words decide.</summary>
    private static string CouncilAgency(TaggingContext context)
    {
        var types = context.Metadata?.ReviewTypes.Select(t => t.Value).ToList() ?? [];
        if (types.Count > 0)
        {
            return types.Any(t => ChildReviewTypes.Contains(t)) ? "childrens_social_care" : "adult_social_care";
        }

        var children = ChildWord().Count(context.Text);
        var adults = AdultWord().Count(context.Text);
        return children > adults ? "childrens_social_care" : "adult_social_care";
    }

    private static Dictionary<string, string> Aliases(string text)
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in Glossed().Matches(text).Concat(Apposed().Matches(text)))
        {
            // "reports from Wexmoor Constabulary and Pathways Recovery (the ...)": the gloss is for the last name.
            var name = LeadingArticle().Replace(m.Groups["name"].Value.Split(" and ")[^1], string.Empty);
            if (name.Length < 4 || aliases.ContainsKey(name))
            {
                continue;
            }

            // A name the gazetteer reads by its form alone ("X Recovery" as a charity) takes the review's gloss where the
            // gloss says otherwise ("Pathways Recovery (the substance misuse service)"). Letting every differing gloss win
            // was tried and lost 17 agency sets on s01-s139 (session 27): glosses that describe a known service in other
            // words turned children's services into education or probation and a housing provider into the police.
            var described = AgencyGazetteer.Default.AgenciesIn(m.Groups["desc"].Value);
            if (described.Count == 1 && !AgencyGazetteer.Default.AgenciesIn(name).SequenceEqual(described)
                && AgencyGazetteer.Default.ReadsOnlyByForm(name))
            {
                aliases[name] = described[0];
            }
        }

        foreach (var (abbreviation, name) in Abbreviations(text))
        {
            if (!aliases.ContainsKey(abbreviation) && AgencyGazetteer.Default.Find(abbreviation).Count == 0
                && AgencyGazetteer.Default.AgenciesIn(name) is { Count: 1 } meant)
            {
                aliases[abbreviation] = meant[0];
            }
        }

        return aliases;
    }

    /// <summary>
    /// The short forms a review defines: "Heddlu Glaslyn (HG)" in the text, or a legend under a table
    /// ("Abbreviations: GTFRS, Glaslyn and Tywi Fire and Rescue Service; HG, Heddlu Glaslyn; ..."), so that an
    /// agency column written in them ("GTRSB with GTFRS, HG and HB") can be read.
    /// </summary>
    private static IEnumerable<(string Abbreviation, string Name)> Abbreviations(string text)
    {
        foreach (Match m in Glossed().Matches(text))
        {
            if (Abbreviation().IsMatch(m.Groups["desc"].Value))
            {
                yield return (m.Groups["desc"].Value, m.Groups["name"].Value);
            }
        }

        foreach (Match m in Legend().Matches(text).Concat(GlossaryRow().Matches(text)))
        {
            // "KCSP, KC, KDAS and ICB", a "To whom" cell, lists agencies by their short forms: it defines none of them.
            var name = m.Groups["name"].Value;
            if (!Abbreviation().IsMatch(name) && !ShortForms.IsList(name))
            {
                yield return (m.Groups["abbr"].Value, name);
            }
        }
    }

    // A glossary table read cell by cell: "KC", then "Kesterfield Constabulary", each a paragraph of its own. The
    // meaning is a name (no full stop, at most eight words), so that a recommendation table's "KC" row, whose next
    // cell is a sentence, defines nothing.
    [GeneratedRegex(@"(?<=^|\n\n)(?<abbr>[A-Z][A-Z&]{1,6})\n\n(?<name>[A-Z][\w'’&-]*(?: [\w'’&-]+){0,7})(?=\n\n|\n?$)")]
    private static partial Regex GlossaryRow();

    [GeneratedRegex(@"^[A-Z][A-Z&]{1,6}$")]
    private static partial Regex Abbreviation();

    // "GTFRS, Glaslyn and Tywi Fire and Rescue Service;" or "HG – Heddlu Glaslyn;": an entry of a list of abbreviations,
    // which closes with a semicolon or a full stop (or the end of its line, as a glossary's rows do).
    [GeneratedRegex(@"(?<=^|[:;]\s*|\n)(?<abbr>[A-Z][A-Z&]{1,6})(?:,| [–—-]|:) (?<name>[^;.\n]{3,80})(?=[;.]|\n|$)", RegexOptions.Multiline)]
    private static partial Regex Legend();

    // "Pathways Recovery (the substance misuse service)": a capitalised name and a short gloss in brackets.
    [GeneratedRegex(@"(?<name>\b[A-Z][\w'’&-]*(?: (?:and |of |for )?[A-Z][\w'’&-]*){0,5}) \((?<desc>[^()]{2,80})\)")]
    private static partial Regex Glossed();

    // "Pathways Recovery, the substance misuse service, ...", or closing a sentence as a list of contributors often does
    // ("... and Compass Youth, the charity commissioned to carry out return home interviews.").
    [GeneratedRegex(@"(?<name>\b[A-Z][\w'’&-]*(?: (?:and |of |for )?[A-Z][\w'’&-]*){1,5}), (?:the|a|an) (?<desc>[a-z][^,.;()]{2,80}),|(?<name>\b[A-Z][\w'’&-]*(?: (?:and |of |for )?[A-Z][\w'’&-]*){1,5}), (?:the|a|an) (?<desc>[a-z][^,.;()]{2,80})\.(?:\s|$)")]
    private static partial Regex Apposed();

    [GeneratedRegex(@"^(?:The|A|An) ")]
    private static partial Regex LeadingArticle();

    [GeneratedRegex(@"(?i)\b(?:child|children|infant|baby|young person)\b")]
    private static partial Regex ChildWord();

    [GeneratedRegex(@"(?i)\b(?:adult|adults|older person|older people)\b")]
    private static partial Regex AdultWord();
}
