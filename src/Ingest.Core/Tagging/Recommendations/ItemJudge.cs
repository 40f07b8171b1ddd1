using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>Where in a review a stretch of text lies, for recommendations.</summary>
internal enum RegionKind
{
    /// <summary>A recommendations section (or a findings sub-section named "Recommendations arising ...").</summary>
    Recommendations,

    /// <summary>An action plan: its rows are actions, unless a row restates a recommendation.</summary>
    ActionPlan,

    /// <summary>Anywhere else, where a list only counts if its items are addressed to an agency.</summary>
    Open,

    /// <summary>
    /// "Questions for the Partnership" or "Considerations for the SAB" in a review with no recommendations section: the
    /// review puts its recommendations as questions for the board, so a question there is one.
    /// </summary>
    Questions,
}

/// <summary>
/// Says whether a candidate item is a recommendation. An item that opens with an agency and "should" is
/// one anywhere (lists that an extraction moved out of their section, a list after the findings, an
/// action plan row), but outside recommendations sections and action plans only when it has a label.
/// In a recommendations section a labelled item is also one when it is phrased as one (an imperative,
/// or any "should"), and an unlabelled paragraph when it is an imperative sentence. Questions
/// ("Questions for the Board") are only where the review makes no recommendations otherwise (<see cref="RegionKind.Questions"/>).
/// </summary>
internal static partial class ItemJudge
{
    public static double? Confidence(Item item, RegionKind region, string text, AgencyFinder finder)
    {
        var body = text[item.Start..item.End];
        if (IsQuestion(body))
        {
            return region == RegionKind.Questions && IsSentenceLong(body) ? 0.7 : null;
        }

        // "The Board is asked to accept the following recommendations.": the list's lead-in, addressed but asking nothing of its own.
        if (AcceptsTheList().IsMatch(body))
        {
            return null;
        }

        var mentions = finder.Find(body);
        var subject = Addressee.AtStart(body, mentions, item.Led);
        // Outside the open text, "Each agency should ..." and, under "Eastmarch Police:", "Officers to receive ..." are addressed too.
        var addressed = subject is { } s && (mentions.Any(m => m.Start >= s.Start && m.End <= s.End)
            || (region != RegionKind.Open && (Everyone().IsMatch(body[s.Start..s.End]) || item.Group is not null)));
        var label = item.Label;
        var listed = region is RegionKind.Recommendations or RegionKind.Questions && item.Table?.Action != true;
        // "Action 1a — for Greyfield Constabulary: The force should ...", "Action 2.3 (To: X) Dip sample fifty ...": the
        // label names the addressee, so whatever sentence follows is what it is asked to do.
        addressed |= item.Told && item.Cell is { Count: > 0 } && IsSentenceLong(body);
        // Under "Dunmore Police should:", "ensure that a PPN is submitted ..." is addressed by its lead-in.
        addressed |= item.Completes && item.Group is { Count: > 0 } && IsSentenceLong(body);
        if (addressed)
        {
            return label is not null || region != RegionKind.Open ? 0.9 : null;
        }

        // A row of a "Ref | To | Action" table with its agency cell read, outside action plans: the action column is
        // the only one that holds sentences ("When a child declines ..., offer ...", "Ensure ... within six months").
        if (item.Table is { Directive: true } && region != RegionKind.ActionPlan && item.Cell is { Count: > 0 } && IsSentenceLong(body))
        {
            return label is not null ? 0.85 : 0.7;
        }

        // "Learning Point 1. Missing episodes ... must take account of frequency": a lesson, whose recommendation follows it.
        // A paragraph number ("8.2") numbers prose as often as recommendations, except in a table's number column.
        if (!listed || (label?.Style == LabelStyle.Paragraph && item.Table is not { Numbered: true }) || label?.Lesson == true)
        {
            return null;
        }

        if (label is null)
        {
            // Bullets an extraction lost, or a table row without a number: "Review the threshold document ...".
            return IsImperative(body) ? 0.7 : null;
        }

        // "Corrandale Constabulary will add a check ...": agencies' own recommendations, carried over from
        // their IMRs, are written as undertakings; only a labelled item in a recommendations list counts.
        // The same lists under an agency's heading often put the change, not the agency, first ("2 The call handling script
        // will be amended to include ..."): a numbered undertaking in the passive is one too.
        return subject is not null || Imperative().IsMatch(body) ? 0.85
            : Addressee.Obligation().IsMatch(body) || Addressee.UndertakingAt(body) is not null || PassiveUndertaking().IsMatch(body) ? 0.7 : null;
    }

    /// <summary>An item that asks rather than tells ("How will the Board know ...?").</summary>
    public static bool IsQuestion(string body) => body.TrimEnd().EndsWith('?');

    /// <summary>Six words or more: a table's or a told item's text, not a timescale, RAG or agency cell.</summary>
    private static bool IsSentenceLong(string text) => WordCount(text) >= 6;

    private static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;

    /// <summary>
    /// A sentence in the imperative, a recommendation rather than a timescale cell ("Review in six months"). A timescale
    /// inside a sentence of ten words or more is part of what is asked ("... checked by a supervisor within one working day").
    /// </summary>
    public static bool IsImperative(string text) =>
        Imperative().IsMatch(text) && WordCount(text) is >= 4 and var words && (words >= 10 || !Timescale().IsMatch(text));

    /// <summary>
    /// In a recommendations section, a paragraph that gives its reason first ("8.3 The review found ... The
    /// Board should ..."), or one an extraction ran other text into ("... risk assessment R2 Northmoor
    /// Constabulary should ..."): the recommendation starts at the first sentence, or the first lettered
    /// label, followed by an agency and "should". Returns where, and the label's number if there is one.
    /// </summary>
    public static (int Start, string? Number)? LaterDirective(Item item, TaggingContext context, AgencyFinder finder)
    {
        var labelled = EmbeddedLabel().Matches(context.Text[..item.End], item.Start + 1).Select(m => (Start: m.Index + m.Length, Number: (string?)m.Groups["n"].Value));
        var sentences = context.Sentences.Where(s => s.Start > item.Start && s.End <= item.End).Select(s => (s.Start, Number: (string?)null));
        foreach (var (start, number) in sentences.Concat(labelled).OrderBy(p => p.Start))
        {
            var text = context.Text[start..item.End];
            var mentions = finder.Find(text);
            if (Addressee.AtStart(text, mentions) is { } s && mentions.Any(m => m.Start >= s.Start && m.End <= s.End))
            {
                return (start, number);
            }
        }

        return null;
    }

    /// <summary>A list's lead-in that asks the board to take the recommendations as a whole ("The Board is asked to accept the following recommendations.").</summary>
    [GeneratedRegex(@"^(?:\d+(?:\.\d+)*\.?\s+)?[^.;:]{0,80}\b(?:accept|note|endorse|agree|adopt|consider|receive)\b[^.;:]{0,30}\b(?:the following|these|all|the review's|this review's)(?: \w+)? recommendations\b[^;:]{0,120}$", RegexOptions.IgnoreCase)]
    private static partial Regex AcceptsTheList();

    /// <summary>"The call handling script will be amended ...": an undertaking whose first sentence puts the change, not the agency, first.</summary>
    [GeneratedRegex(@"^[^.;?]{3,160}?\bwill be (?:[a-z]+(?:ed|en|wn)|built|made|set|put|held|kept|sent|told|given|run)\b")]
    private static partial Regex PassiveUndertaking();

    /// <summary>"Each agency should ...", "Partners should ...": addressed to all agencies (but "Professionals must ..." states a lesson).</summary>
    [GeneratedRegex(@"(?i)\b(?:agency|agencies|organisations?|partners)\b")]
    private static partial Regex Everyone();

    [GeneratedRegex(@"(?i)\b(?:months?|weeks?|years?|days?|quarterly|annually|ongoing|immediate(?:ly)?|by (?:the )?end of)\b")]
    private static partial Regex Timescale();

    [GeneratedRegex(@"(?<=\s)(?<n>[A-Z]{1,3}\d{1,2}[a-z]?)[:.)]?\s+(?=[A-Z])")]
    private static partial Regex EmbeddedLabel();

    // "Audit of warrants ...", "Review of ...": a noun naming a measure or an action, not an imperative. Plain-language
    // tables (s89) also order with "Change", "Run", "Ask", "Train" ..., and may open with the case the order is for
    // ("When passing information to another agency, say what ...") or whom it is to be done with ("Working with the
    // health visiting service, introduce ...", s132).
    [GeneratedRegex(@"^(?:That |(?![A-Z][a-z]+ of\b)(?:Ensure|Review|Develop|Consider|Establish|Provide|Introduce|Seek|Audit|Commission|Share|Update|Revise|Implement|Agree|Produce|Raise|Promote|Strengthen|Embed|Create|Improve|Undertake|Publish|Deliver|Explore|Identify|Evaluate|Monitor|Clarify|Remind|Set|Make|Include|Disseminate|Assure|Adopt|Write|Require|Confirm|Put|Work|Change|Run|Ask|Train|Give|Offer|Extend|Appoint|Invite|Tell|Take|Carry out|Add|Record|Check|Arrange|Amend|Issue|Refresh|Reinforce|Enable|Support|Use|Hold|Convene|Encourage|Adapt|Expand|Pilot|Test)\b|(?:When|Where|If|Before|Whenever|Working with|Together with|In partnership with|With) [^,.;]{3,100}, (?:ensure|make sure|say|ask|tell|check|record|consider|offer|give|share|review|seek|include|confirm|use|introduce|develop|agree|establish|provide|produce|audit)\b)")]
    private static partial Regex Imperative();
}
