using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging.Agencies;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// A report taken up again after a paragraph break. Reviews name an agency's report, give a paragraph of
/// what it records, and open the next with "The summary explains why this happened", "The panel agrees
/// with this analysis" or "Its report notes, fairly, ...". The paragraph rule of the tagger stops at the
/// break; these openings carry on, within the section and a few sentences of the last reference.
/// </summary>
public sealed partial class ImrReferenceTagger
{
    /// <summary>The last reference the tagger made: where, whose, and in what words.</summary>
    private sealed record LastReference(Section? Section, int Index, string? Agency, string Text);

    /// <summary>Sentences after the last reference, in its section, within which an opening may take it up again.</summary>
    private const int CarryReach = 10;

    private static (Group Match, string? Agency)? Resumed(TaggingContext context, int index, string sentence, LastReference? last)
    {
        var near = last is { } l && Equals(l.Section, context.SectionAt(context.Sentences[index].Start)) && index - l.Index <= CarryReach;
        if (near && TakenUp().Match(sentence) is { Success: true } m && SameKind(m.Groups["noun"].Value, last!.Text))
        {
            return (m, last.Agency);
        }

        // "The police report is long. The hostel's is short but honest.": another agency's report, by its owner alone.
        if (near && Elliptical().Match(sentence) is { Success: true } e && AgencyGazetteer.Default.AgenciesIn(e.Groups["owner"].Value) is [var owner] && owner is not ("partnership" or "national"))
        {
            return (e.Groups["owner"], owner);
        }

        // "The alcohol service closed his case ... Its report notes that ...": the agency the sentence before is about.
        if (index > 0 && OwnReport().Match(sentence) is { Success: true } own && SubjectAgency(context.SentenceText(context.Sentences[index - 1])) is { } agency)
        {
            return (own, agency);
        }

        return null;
    }

    /// <summary>"The summary" takes up a summary, "the report" a report or an IMR; "this analysis" any report.</summary>
    private static bool SameKind(string noun, string lastText)
    {
        var said = lastText.ToLowerInvariant();
        return noun.ToLowerInvariant() switch
        {
            "analysis" or "reflection" or "conclusion" or "conclusions" or "assessment" => true,
            "report" or "imr" => said.Contains("report", StringComparison.Ordinal) || said.Contains("imr", StringComparison.Ordinal),
            var n => said.Contains(n[..Math.Min(n.Length, 5)], StringComparison.Ordinal),
        };
    }

    /// <summary>The agency a sentence opens with ("The alcohol service closed ..."), not the board or a national body.</summary>
    private static string? SubjectAgency(string sentence) =>
        AgencyGazetteer.Default.Find(sentence) is [var first, ..] && first.Start <= MaxSubjectOffset && first.Agency is not ("partnership" or "national")
            ? first.Agency
            : null;

    /// <summary>Room before a sentence's subject agency: "The ", "In 2021 the " is too far.</summary>
    private const int MaxSubjectOffset = 4;

    /// <summary>What a report does in a review's words: "records", "accepts", "does not explain".</summary>
    private const string ReportVerb = @"(?:,[^,.]{1,25},)? (?:also |itself |now |then |further |fairly |rightly |frankly |candidly )?(?:says|said|accepts?|accepted|acknowledges|acknowledged|notes|noted|records|recorded|explains|explained|states|stated|shows|showed|concludes|concluded|considers|found|finds|describes|described|sets out|set out|lists|listed|does not|did not|identifies|identified|recognises|recognised|admits|admitted)\b";

    /// <summary>
    /// "The summary explains ...", "Its report notes, fairly, ...", "The panel agrees with this analysis",
    /// "The panel found this reflection honest": an opening that can only be about a report already named.
    /// </summary>
    [GeneratedRegex(@"^(?:(?:But|However|Yet),? )?(?:The|That|Its|Their) (?:own )?(?<noun>report|summary|IMR|account|submission|analysis)\b(?=" + ReportVerb + @")|\b(?:agrees?|agreed|disagrees?|disagreed) with (?:this|that|its) (?<noun>analysis|conclusions?|reflection|assessment)\b|\bfound (?:this|that) (?<noun>reflection|analysis)\b")]
    private static partial Regex TakenUp();

    /// <summary>"The GP practice's was brief", "By contrast, the hostel's is short": a report by its owner alone.</summary>
    [GeneratedRegex(@"^(?:(?:By|In) contrast,? )?(?:[Tt]he )?(?<owner>[^,.;]{2,40}?['’]s)(?= (?:is|was) )")]
    private static partial Regex Elliptical();

    /// <summary>"Its report notes ...", "Their summary records ...": the report of the agency just spoken of.</summary>
    [GeneratedRegex(@"^(?:Its|Their) (?:own )?(?:report|summary|IMR|account|submission|review)\b(?=" + ReportVerb + ")")]
    private static partial Regex OwnReport();
}
