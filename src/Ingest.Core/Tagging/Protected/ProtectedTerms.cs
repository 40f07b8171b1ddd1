using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Protected;

/// <summary>
/// The words that name the nine protected characteristics of the Equality Act 2010 s4 (DOMAIN.md §5).
/// A category noun ("race", "marital status") names the characteristic; a descriptor ("a white British
/// woman", "a widower", "aged 74") states a person's own. The difference matters in a dismissal ("no
/// evidence that his race or marital status, as a widower, affected ..."): the list of categories is
/// not a record, the descriptor still is.
/// </summary>
internal static class ProtectedTerms
{
    public sealed record Term(string Characteristic, bool Descriptor, Regex Pattern);

    /// <summary>Ethnic and national origins as reviews describe people ("White British", "Black Caribbean", "Polish"); after "speaks" or "in" they name a language.</summary>
    private const string Origins = "white|black|asian|mixed|british|irish|welsh|scottish|english|polish|romanian|caribbean|african|pakistani|indian|bangladeshi|chinese|roma|gypsy|traveller|heritage";

    private const RegexOptions Options = RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;

    /// <summary>Longer and more specific patterns first: where matches overlap, the first wins.</summary>
    public static IReadOnlyList<Term> All { get; } =
    [
        Category("gender_reassignment", @"\bgender reassignment\b|\bgender identity\b"),
        Describe("gender_reassignment", @"\btransgender\b|\btrans (?:man|woman|person)\b|\bnon-binary\b"),
        Category("sexual_orientation", @"\bsexual orientation\b|\bsexuality\b"),
        Describe("sexual_orientation", @"\b(?:gay|lesbian|bisexual)\b"),
        Category("marriage_civil_partnership", @"\bmarriage\b|\bcivil partnerships?\b|\bmarital status\b"),
        Describe("marriage_civil_partnership", @"\b(?:un)?married\b|\bwidow(?:er|ed)?\b|\bdivorced\b|\bcivil partner\b"),
        Category("pregnancy_maternity", @"\bpregnancy\b|\bmaternity\b"),
        Describe("pregnancy_maternity", @"\bpregnant\b|\bnewborn\b|\bpost-?natal\b"),
        Category("religion_belief", @"\breligio(?:n|us)\b|\bbeliefs?\b|\bfaith\b"),
        Describe("religion_belief", @"\b(?:Muslim|Christian|Jewish|Hindu|Sikh|Buddhist|Catholic|atheist|Methodist|Anglican|Baptist|Quaker|Pentecostal|Protestant|Jehovah's Witness|Rastafarian|(?-i:Church of England))\b"),
        Category("race", @"\brac(?:e|ial|ism)\b|\bethnic(?:ity|ities)?\b|\bnational origin\b|\bnationality\b"),
        Describe("race", $@"(?<!\b(?:in|speak|speaks|spoke|speaking|language is|language was|languages are) )\b(?:{Origins})(?:[ -](?:{Origins}))*\b(?![ -](?:language|speaking|speaker|government|standards|transport))"),
        // "She does not have a disability" records her status, as "disabled" would: a person's own descriptor, so the
        // negation that dismisses a category ("no evidence that disability affected ...") does not drop it (s98).
        Describe("disability", @"\b(?:does|did) not have (?:a|any) (?:known )?disabilit(?:y|ies)\b|\bhas no (?:known )?disabilit(?:y|ies)\b"),
        Category("disability", @"\bdisabilit(?:y|ies)\b"),
        Describe("disability", @"\bdisabled\b|\bautis(?:m|tic)\b|\blearning difficult(?:y|ies)\b|\bmental illness\b|\bimpairments?\b|\bdeaf\b|\bwheelchair\b|\bdementia\b|(?-i:\bADHD\b)|\battention deficit hyperactivity disorder\b"),
        Category("sex", @"\bsex\b|\bgender\b|\bsexism\b|\bmisogyn\w*"),
        Describe("sex", @"(?<=\b(?:is|was) an? (?:[\w'-]+ ){0,4})(?:man|woman|boy|girl)\b"),
        // "Joel and Aaron were both men" (s105): two people's sex stated together.
        Describe("sex", @"(?<=\b(?:are|were) (?:both |all )?)(?:men|women|boys|girls)\b"),
        Category("age", @"\bage\b|\bageism\b"),
        // "a man of 67", "a boy of sixteen", "was 31 when she died" (s108, s116, s123) state an age as often as "aged 67".
        Describe("age", @"\baged \d+|\b\d+ years? old\b|\b\d+-year-old\b|\bolder(?= (?:[\w-]+ ){0,3}(?:man|woman|adults?|people|persons?|victims?)\b)|\belderly\b|\bin their (?:teens|\w+ties)\b"
            + @"|(?<=\b(?:man|woman|boy|girl|baby|child|person|adult|mother|father|son|daughter|grandmother|grandfather) )of (?:\d{1,3}|(?:\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?)\b(?! (?:per ?cent|%))|\b(?:is|was) \d{1,3}(?= (?:when|at the time)\b)"),
    ];

    /// <summary>Every term in a text, the first listed winning where two overlap, in text order.</summary>
    public static List<(Term Term, int Start, int End)> Find(string text)
    {
        var found = new List<(Term Term, int Start, int End)>();
        foreach (var term in All)
        {
            foreach (Match m in term.Pattern.Matches(text))
            {
                if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                {
                    found.Add((term, m.Index, m.Index + m.Length));
                }
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    private static Term Category(string characteristic, string pattern) => new(characteristic, false, new Regex(pattern, Options));

    private static Term Describe(string characteristic, string pattern) => new(characteristic, true, new Regex(pattern, Options));
}
