using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Who a recommendation is addressed to: the noun phrase before "should / must / is asked to", or after
/// "It is recommended that". An addressee is made only of agency names, proper names and a few joining
/// words ("The SAB and the CSP", "The Trust, Aldermoor Constabulary and the Probation Service"), which
/// tells a recommendation ("The Board should ...") from a sentence that merely contains "should"
/// ("Information held by housing providers ... should be shared").
/// </summary>
internal static partial class Addressee
{
    private static readonly HashSet<string> JoiningWords = new(StringComparer.Ordinal)
    {
        "the", "all", "each", "every", "and", "of", "its", "their", "local", "relevant", "partner", "partners", "member", "agency", "agencies",
        "organisation", "organisations", "service", "services", "two", "three", "both", "other", "in", ",", "&",
    };

    /// <summary>
    /// The addressee when the text opens with one: "[It is recommended that] X should ...". An item of a list
    /// led in by "It is recommended that:" (led) opens with its addressee and verb: "the Board develops ...".
    /// </summary>
    public static (int Start, int End)? AtStart(string text, IReadOnlyList<Mention> mentions, bool led = false)
    {
        var lead = Lead().Match(text);
        if (led || (lead.Success && lead.Index == 0))
        {
            var after = Forward(text, led ? 0 : lead.Index + lead.Length, mentions);
            return after.End > after.Start ? after : null;
        }

        var modal = Modal().Match(text);
        if (!modal.Success || modal.Index > 200 || Counterfactual().IsMatch(text[(modal.Index + modal.Length)..]))
        {
            return null;
        }

        var tokens = Token().Matches(Mask(text)[..modal.Index]).ToList();
        if (tokens.Count is 0 or > 30 || Dangling(tokens[^1].Value))
        {
            return null;
        }

        var first = tokens.Count;
        while (first > 0 && Allowed(tokens[first - 1], mentions))
        {
            first--;
        }

        while (first > 0 && first < tokens.Count && Dangling(tokens[first].Value))
        {
            first++;
        }

        // "What the Partnership needs to do" heads a list: a question word is no addressee.
        if (first == 0 && Question().IsMatch(tokens[0].Value))
        {
            return null;
        }

        var span = (tokens[first == tokens.Count ? 0 : first].Index, tokens[^1].Index + tokens[^1].Length);
        return first == 0 && tokens.Count <= 20 ? span : Introduced(tokens, first, mentions) ? span : null;
    }

    /// <summary>
    /// "Within six months, Northmoor Constabulary should ...", "In order to improve X, the Board should ...":
    /// a short opening phrase and a comma, then an addressee that names an agency.
    /// </summary>
    private static bool Introduced(List<Match> tokens, int first, IReadOnlyList<Mention> mentions)
    {
        var comma = first - 1;
        if (comma <= 0 || comma > 15 || first >= tokens.Count || tokens[comma].Value != "," || !char.IsUpper(tokens[0].Value[0]))
        {
            return false;
        }

        var (start, end) = (tokens[first].Index, tokens[^1].Index + tokens[^1].Length);
        return mentions.Any(m => m.Start >= start && m.End <= end);
    }

    /// <summary>Every addressee in a recommendation: before each "should" that has one ("..., and the Partnership should include ..."), and after "recommended that".</summary>
    public static IEnumerable<(int Start, int End)> All(string text, IReadOnlyList<Mention> mentions, bool led = false)
    {
        if (led)
        {
            yield return Forward(text, 0, mentions);
        }

        foreach (Match lead in Lead().Matches(text))
        {
            yield return Forward(text, lead.Index + lead.Length, mentions);
        }

        var masked = Mask(text);
        var earlier = false;
        var firstModalEnd = 0;
        foreach (Match modal in Modal().Matches(text))
        {
            // In a "that" clause after a first "should", a bare "to" is a purpose ("ask that the register includes a duty on
            // local authorities to see a child"), not another addressee's verb as in "should ask the MARAC and the police to review".
            if (earlier && modal.Value == "to" && That().IsMatch(text[firstModalEnd..modal.Index]))
            {
                continue;
            }

            firstModalEnd = earlier ? firstModalEnd : modal.Index + modal.Length;
            var later = earlier;
            earlier = true;
            var clauseStart = Math.Max(0, masked.LastIndexOfAny([';', ':', '.'], Math.Max(0, modal.Index - 1)) + 1);
            var tokens = Token().Matches(masked[clauseStart..modal.Index]).ToList();
            if (tokens.Count == 0 || Dangling(tokens[^1].Value))
            {
                continue;
            }

            // A later clause's addressee starts after ", and" ("... heard at MARAC, and both services should record ...").
            var first = tokens.Count;
            while (first > 0 && Allowed(tokens[first - 1], mentions, clauseStart) && !(later && tokens[first - 1].Value == "," && first < tokens.Count && tokens[first].Value == "and"))
            {
                first--;
            }

            while (first < tokens.Count && Dangling(tokens[first].Value))
            {
                first++;
            }

            if (first < tokens.Count)
            {
                yield return (clauseStart + tokens[first].Index, clauseStart + tokens[^1].Index + tokens[^1].Length);
            }
        }
    }

    /// <summary>"It is recommended that the Board develops": the allowed words after the lead, up to the verb.</summary>
    private static (int Start, int End) Forward(string text, int from, IReadOnlyList<Mention> mentions)
    {
        var end = from;
        foreach (Match t in Token().Matches(text, from))
        {
            if (!Allowed(t, mentions))
            {
                break;
            }

            end = t.Index + t.Length;
        }

        return (from, end);
    }

    private static bool Allowed(Match token, IReadOnlyList<Mention> mentions, int offset = 0)
    {
        var at = token.Index + offset;
        return char.IsUpper(token.Value[0]) || char.IsDigit(token.Value[0]) || JoiningWords.Contains(token.Value)
            || mentions.Any(m => m.Start <= at && at < m.End);
    }

    private static bool Dangling(string token) => token is "and" or "or" or "," or "&";

    /// <summary>
    /// Blanks asides that name an agency without addressing it: "The Trust, through the MAPPA Strategic
    /// Management Board, should", "(the ICB)", and any aside between an addressee and its verb ("The ICB,
    /// on behalf of GP practices, should").
    /// </summary>
    private static string Mask(string text) => Aside().Replace(text, m => new string(' ', m.Length));

    /// <summary>
    /// Where the "will" of an undertaking ("Corrandale Constabulary will add ...", "The force will review ...", "Duty social
    /// workers will complete ...") stands: the agencies before it undertake it. The subject opens with a capital; the words
    /// after it may be lower case (s112: a team or "the force" undertakes as often as an agency by name).
    /// </summary>
    public static int? UndertakingAt(string text) =>
        Undertaking().Match(text) is { Success: true } m ? m.Value.LastIndexOf("will", StringComparison.Ordinal) + m.Index : null;

    [GeneratedRegex(@"^\s*(?:(?:The|All|Each)\s+)?[A-Z][\w'’&-]*\s+(?:[\w'’&-]+\s+){0,8}?will\s+(?!be\b|have\b)[a-z]")]
    private static partial Regex Undertaking();

    /// <summary>What follows an addressee: "should", "must", "is asked to", or the bare "to" of lists headed "The Board to seek assurance ...".</summary>
    [GeneratedRegex(@"\b(?:should|must|shall|(?:is|are) (?:asked|requested|invited|expected|encouraged|recommended) to|needs? to|(?:may|might) wish to|to(?= (?!be\b)[a-z]))\b")]
    private static partial Regex Modal();

    /// <summary>Wording that asks something of someone, wherever it stands.</summary>
    [GeneratedRegex(@"\b(?:should|must|shall|(?:is|are) (?:asked|requested|invited|expected|encouraged|recommended) to|needs? to|(?:may|might) wish to)\b")]
    internal static partial Regex Obligation();

    [GeneratedRegex(@"^(?:What|How|Why|Where|When|Who|Which)$")]
    private static partial Regex Question();

    [GeneratedRegex(@"\bthat\b")]
    private static partial Regex That();

    [GeneratedRegex(@"^\s*(?:not\s+)?have\b")]
    private static partial Regex Counterfactual();

    // "It is recommended that the Board ...", "We recommend that X ...", "I also recommend that X ...", "The review asks the Panel to note ...", "That the Board ...".
    [GeneratedRegex(@"\b(?:It|it) is (?:therefore |also |further |strongly )?recommended that |\b(?:We|I|The review|The panel|The reviewers?|The author) (?:therefore |also |further |would )?recommends? that |\b(?:The review|The panel|The reviewers?|The author) (?:asks|invites|requests|urges|encourages) |^That (?=the |[A-Z])")]
    private static partial Regex Lead();

    [GeneratedRegex(@"[\w'’&-]+|,")]
    private static partial Regex Token();

    [GeneratedRegex(@",\s*(?:through|supported by|with the support of|via|working with|in partnership with|in conjunction with|as|where|including|in particular|especially|such as)\b[^,;]*,|,\s*[a-z][^,;]{0,80},(?=\s*(?:should|must|shall|is|are|needs?|may|might|to)\b)|\([^()]*\)")]
    private static partial Regex Aside();
}
