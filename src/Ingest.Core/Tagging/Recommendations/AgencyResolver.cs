using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// The agencies a recommendation is for: its addressees, and the agencies it asks the addressee to act
/// with or through ("seek assurance from X", "advice from X", "work with X and Y", "ask X to", "write to
/// X", "agreed between X, Y and Z", "seek assurance that X has", "that no section 42 enquiry is closed",
/// "strategy discussions include the health visitor"); not an agency named as the owner of a document
/// or process ("compliance with the LSCB protocol"). Agencies only mentioned (a reporting line "report to
/// the Board", "notify X", "training for X practitioners", "the Partnership's protocol") are not included.
/// A table's agency column (or a bracket of agency names closing the recommendation) is taken as given; it
/// names the service of a council addressee more exactly than the council does, so a council addressee adds nothing to it.
/// </summary>
internal static partial class AgencyResolver
{
    /// <param name="completes">The text finishes its lead-in's sentence ("Dunmore Police should:" / "ask the ICB to ..."): the lead-in's agencies (<paramref name="fallback"/>) are its addressees.</param>
    public static IReadOnlyList<string> Resolve(string text, AgencyFinder finder, IReadOnlyList<string>? column, IReadOnlyList<string> fallback, bool led = false, bool completes = false)
    {
        column ??= TrailingCell(text, finder);
        var mentions = finder.Find(WithoutMembers(text));
        var picked = new List<Mention>();
        foreach (var (start, end) in Addressee.All(text, mentions, led))
        {
            var inSpan = mentions.Where(m => m.Start >= start && m.End <= end && !(column is not null && m.Council)).ToList();
            picked.AddRange(inSpan.Where(m => !WhereTheyWork(text, m, inSpan)));
        }

        // An undertaking has its agencies before "will" and may name others it will ask or act with ("The SAB will
        // ask housing providers to ...", "Corrandale Constabulary will review, with the DIP provider, ..."): it is
        // read whether or not the objects name any, as "The Board should ask ..." is, and the one who will ask is
        // kept beside the one asked ("The Board will ask Brackwater Police to ...", s137).
        if (Addressee.UndertakingAt(text) is { } will)
        {
            picked.AddRange(mentions.Where(m => m.End <= will && !picked.Contains(m)));
        }

        picked.AddRange(Objects(text, mentions));

        // An imperative under a heading or group that names its agency ("Recommendations for Brackenford Constabulary" /
        // "Provide guidance to CAIU officers ... shared with partner agencies", s88) is that agency's, whoever else it names.
        var ordered = column is null && fallback.Count > 0 && (completes || ItemJudge.IsImperative(text)) ? fallback : [];
        var agencies = (column ?? []).Concat(ordered).Concat(picked.OrderBy(m => m.Start).Select(m => m.Agency)).Distinct().ToList();
        if (agencies.Count > 0)
        {
            return agencies;
        }

        return Generic(text, mentions, led) ? ["partnership"] : fallback.Count > 0 ? fallback : UnknownOrganisation(text);
    }

    /// <summary>
    /// "a panel, chaired jointly by the police and Adult Social Care, with housing as a core member" (s128, s129): who
    /// chairs or sits on what the addressee is to set up is not asked to act. Blanked, so the offsets stay.
    /// </summary>
    private static string WithoutMembers(string text) => Membership().Replace(text, m => new string(' ', m.Length));

    [GeneratedRegex(@"\b(?:co-)?chaired(?: jointly)? by [^,;.]{2,80}|\bwith\b[^.;:]{2,160}?\bas (?:a |the )?(?:core |standing |full |permanent )?members?\b")]
    private static partial Regex Membership();

    /// <summary>
    /// "Larkspur Living should ensure ...": an organisation no list knows, named as the one to act (a care provider, a
    /// company, a charity the review never glosses), is `other` rather than nobody; an empty set hides the
    /// recommendation from every agency filter.
    /// </summary>
    private static IReadOnlyList<string> UnknownOrganisation(string text) => NamedSubject().IsMatch(text) ? ["other"] : [];

    // A pronoun or determiner opening the sentence ("It should", "Each should", "Staff should") names no organisation.
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+|[A-Z]{0,3}\d+\s+)?(?!(?:It|This|These|That|Those|They|We|There|All|Each|Every|Any|Staff)\s)(?:[A-Z][\w'’&-]*\s+){1,5}(?:should|will|must)\b")]
    private static partial Regex NamedSubject();

    /// <summary>
    /// "... within 72 hours (Children's Services)." or "(Harbury Constabulary; WSCP)": the agencies a
    /// review names in brackets at the end of a recommendation, which stand where a table would have its
    /// agency column. Only a short bracket of names counts, not an aside ("(see paragraph 4.3)").
    /// </summary>
    private static IReadOnlyList<string>? TrailingCell(string text, AgencyFinder finder)
    {
        var m = TrailingBracket().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var cell = m.Groups["cell"].Value;
        var named = cell.Split([';', ','], StringSplitOptions.RemoveEmptyEntries).All(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 6);
        var agencies = finder.AgenciesIn(cell);
        return named && agencies.Count > 0 ? agencies : null;
    }

    /// <summary>
    /// "Trelawn Constabulary, Children's Social Care and the health partners in the MASH should agree ...": the MASH is
    /// where the named agencies meet, not a further addressee.
    /// </summary>
    private static bool WhereTheyWork(string text, Mention m, IReadOnlyList<Mention> addressees) =>
        m.Agency == "partnership" && addressees.Any(a => a.Agency != "partnership") && PlaceOfWork().IsMatch(text[..m.Start]);

    [GeneratedRegex(@"\b(?:in|within|at|based in)\s+(?:the\s+)?$")]
    private static partial Regex PlaceOfWork();

    /// <summary>"Agencies should ...", "All professionals must ...": everyone, which is the partnership's business.</summary>
    private static bool Generic(string text, IReadOnlyList<Mention> mentions, bool led) =>
        Addressee.AtStart(text, mentions, led) is { } s && GenericAddressee().IsMatch(text[s.Start..s.End]);

    /// <summary>The agencies right after a cue, with those listed after them ("from X, Y and Z", "including Z").</summary>
    private static IEnumerable<Mention> Objects(string text, IReadOnlyList<Mention> mentions)
    {
        foreach (Match cue in ListCue().Matches(text))
        {
            var at = cue.Index + cue.Length;
            var consulted = cue.Value.StartsWith("with", StringComparison.Ordinal) && Consulted().IsMatch(text[..cue.Index]);
            while (MentionAt(text, at, mentions) is { } m && !Attributive().IsMatch(text[m.End..]))
            {
                if (!consulted || m.Agency == "national")
                {
                    yield return m;
                }

                var next = Separator().Match(text, m.End);
                if (!next.Success || next.Index != m.End)
                {
                    break;
                }

                at = next.Index + next.Length;
            }
        }

        foreach (Match cue in SingleCue().Matches(text))
        {
            if (MentionAt(text, cue.Index + cue.Length, mentions) is { } m && !text[m.End..].StartsWith("'s", StringComparison.Ordinal) && !text[m.End..].StartsWith("’s", StringComparison.Ordinal) && !Attributive().IsMatch(text[m.End..]))
            {
                yield return m;
            }
        }
    }

    /// <summary>
    /// The mention that starts at a position, or after its determiners ("the two local authorities"; some
    /// names include theirs, "all partner agencies"), or that ends a proper name starting there ("the Welsh
    /// Ambulance Services NHS Trust", "Cantref University Health Board").
    /// </summary>
    private static Mention? MentionAt(string text, int at, IReadOnlyList<Mention> mentions)
    {
        var skip = Determiners().Match(text, at);
        var after = skip.Success && skip.Index == at ? at + skip.Length : at;
        var name = ProperName().Match(text, after);
        var named = name.Success && name.Index == after ? after + name.Length : after;
        var found = mentions.Where(m => m.Start == at || (m.Start >= after && m.Start <= named && IsProperName(text[after..m.Start]))).ToList();
        return found.Count > 0 ? found.MinBy(m => m.Start) : null;
    }

    private static bool IsProperName(string words) => words.Length == 0 || ProperName().Match(words) is { Success: true } m && m.Index == 0 && m.Length == words.Length;

    // "from" only where something is sought from the agency ("assurance from X", "advice from X"), not "referrals from X".
    // "include" where a meeting or discussion is to include the agency, not where the addressee itself "should include" it (a campaign's audience).
    // "write, through the Partnership, to the Home Office": a short aside may stand between the writing and its recipient (s106).
    [GeneratedRegex(@"\b(?:(?:assurance|advice|support|confirmation|reports?|feedback|evidence|information|a response) from|with|ask|asks|asking|writ(?:e|es|ing)(?:,[^,.]{1,60},)?\s+to|agreed between|agreement between|(?<!\b(?:should|must|to) )includes?)\s+")]
    private static partial Regex ListCue();

    /// <summary>
    /// "share any rating with Adult Social Care", "sharing it with X", "is discussed with X", "checks with the police",
    /// "includes a conversation with the police":
    /// the agency the addressee tells or consults, not one the recommendation is for (as "notify X" is not). A national
    /// body a review is shared with ("share its findings with the College of Policing") is asked to act on it, so it stays.
    /// A sharing agreement or protocol "with X" is made with X, so it is no such verb. "Shared with X" is one too (session 23:
    /// tuned agency sets 743 -> 750 of 804; the writers of s01, s35 and s38 still count the agency a finding is to be shared with).
    /// </summary>
    [GeneratedRegex(@"\b(?:share|shares|shared|sharing|discuss|discusses|discussed|discussions?|conversations?|check|checks)(?:\s+(?!agreements?\b|protocols?\b)[\w'’-]+){0,8}\s+$")]
    private static partial Regex Consulted();

    [GeneratedRegex(@"(?i)\b(?:agency|agencies|organisations?|partners|professionals|practitioners|services)\b")]
    private static partial Regex GenericAddressee();

    [GeneratedRegex(@"\((?<cell>[^()]{2,120})\)[.;]?\s*$")]
    private static partial Regex TrailingBracket();

    /// <summary>"compliance with the LSCB protocol", "GP practices with care home patients": the agency names whose protocol or people, not who acts.</summary>
    [GeneratedRegex(@"^\s+(?:protocols?|procedures?|polic(?:y|ies)|guidance|process(?:es)?|templates?|thresholds?|standards?|strateg(?:y|ies)|plans?|forms?|systems?|records?|meetings?|actions?|notifications?|flags?|toolkits?|pathways?|frameworks?|patients|residents|pupils|tenants|clients)\b")]
    private static partial Regex Attributive();

    [GeneratedRegex(@"\bassurance that\s+")]
    private static partial Regex SingleCue();

    // With the words that say where or how a service works ("the community health visiting service", "the local
    // specialist domestic abuse service"), so the service after them is still the object (s132).
    [GeneratedRegex(@"(?:the|all|its|their|two|both|each|every|relevant|other|no|any)(?:\s+(?:the|all|its|their|two|both|each|every|relevant|other|no|any|community|local|specialist))*\s+")]
    private static partial Regex Determiners();

    [GeneratedRegex(@"(?:[A-Z][\w'’&-]*\s+(?:(?:and|of|for)\s+(?=[A-Z]))?){1,6}")]
    private static partial Regex ProperName();

    // After a name: an optional "service"/"team" the gazetteer left off, then a list joint.
    [GeneratedRegex(@"(?:\s+(?:service|services|team|teams|unit|provider|providers))?(?:\s*,\s*(?:and\s+|including\s+)?|\s+and\s+|\s+or\s+|\s+including\s+)")]
    private static partial Regex Separator();
}
