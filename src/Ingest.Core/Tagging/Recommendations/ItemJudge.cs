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
}

/// <summary>
/// Says whether a candidate item is a recommendation. In a recommendations section a labelled item is one
/// when it is phrased as one (an addressee and "should", an imperative, or any "should"); an unlabelled
/// paragraph only when it opens with an agency and "should". In an action plan, and elsewhere in the text
/// (lists that an extraction moved out of their section, a list after the findings), only items
/// that open with an agency and "should" count. Questions ("Questions for the Board") never do.
/// </summary>
internal static partial class ItemJudge
{
    public static double? Confidence(Item item, RegionKind region, string text, AgencyFinder finder)
    {
        var body = text[item.Start..item.End];
        if (body.TrimEnd().EndsWith('?'))
        {
            return null;
        }

        var mentions = finder.Find(body);
        var subject = Addressee.AtStart(body, mentions, item.Led);
        var addressed = subject is { } s && (mentions.Any(m => m.Start >= s.Start && m.End <= s.End) || (region != RegionKind.Open && Everyone().IsMatch(body[s.Start..s.End])));
        var label = item.Label;
        if (label is null || label.Style == LabelStyle.Paragraph || region != RegionKind.Recommendations || item.Table?.Action == true)
        {
            return addressed && (label is not null || region != RegionKind.Open) ? 0.9 : null;
        }

        if (subject is not null || Imperative().IsMatch(body))
        {
            return 0.85;
        }

        return Addressee.Obligation().IsMatch(body) ? 0.7 : null;
    }

    /// <summary>
    /// In a recommendations section, a numbered paragraph that gives its reason first ("8.3 The review found
    /// ... The Board should ..."): the recommendation starts at the first sentence addressed to an agency.
    /// </summary>
    public static int? LaterDirective(Item item, TaggingContext context, AgencyFinder finder)
    {
        foreach (var sentence in context.Sentences.Where(s => s.Start > item.Start && s.End <= item.End))
        {
            var text = context.SentenceText(sentence);
            var mentions = finder.Find(text);
            if (Addressee.AtStart(text, mentions) is { } s && mentions.Any(m => m.Start >= s.Start && m.End <= s.End))
            {
                return sentence.Start;
            }
        }

        return null;
    }

    /// <summary>"Each agency should ...", "Partners should ...": addressed to all agencies (but "Professionals must ..." states a lesson).</summary>
    [GeneratedRegex(@"(?i)\b(?:agency|agencies|organisations?|partners)\b")]
    private static partial Regex Everyone();

    [GeneratedRegex(@"^(?:That |(?:Ensure|Review|Develop|Consider|Establish|Provide|Introduce|Seek|Audit|Commission|Share|Update|Revise|Implement|Agree|Produce|Raise|Promote|Strengthen|Embed|Create|Improve|Undertake|Publish|Deliver|Explore|Identify|Evaluate|Monitor|Clarify|Remind|Set|Make|Include|Disseminate|Assure|Adopt|Write|Require|Confirm|Put|Work)\b)")]
    private static partial Regex Imperative();
}
