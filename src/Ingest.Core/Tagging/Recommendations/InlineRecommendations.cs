using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Recommendations written inside a paragraph: a sentence that opens "It is recommended that ...", "The
/// review recommends that ..." or "We recommend that ...", from those words to the sentence's end. A
/// "recommends that" in the middle of a sentence ("The review notes ..., and recommends that ...") is a
/// remark in the analysis, not a recommendation the review makes. The opening may follow a full stop the
/// sentence splitter kept ("... about Adult R. It is recommended that ..."): that is a sentence start too.
/// </summary>
internal static partial class InlineRecommendations
{
    public static IEnumerable<(int Start, int End)> Find(TaggingContext context, Func<int, bool> excluded)
    {
        foreach (var sentence in context.Sentences)
        {
            if (excluded(sentence.Start))
            {
                continue;
            }

            // "It is recommended that:" leads in a list, whose items ListReader reads.
            var m = Opening().Match(context.SentenceText(sentence));
            if (m.Success && sentence.End - (sentence.Start + m.Index + m.Length) > 12)
            {
                yield return (sentence.Start + m.Groups["lead"].Index, sentence.End);
            }
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[.!?][""'”’)]?\s+))(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:Therefore|Accordingly|In addition|Finally|Consequently|As a result),?\s+)?(?<lead>(?:It|it) is (?:therefore |also |further |strongly )?recommended that|(?:The|This|the) (?i:review|review panel|panel|reviewers?|lead reviewers?|independent reviewer|author|overview author|overview report|report|SAR|DHR|CSPR|LCSPR|CPR|APR) (?:therefore |also |further |strongly )?recommends? that|We (?:therefore |also |further |strongly )?recommend that)\b(?!:)")]
    private static partial Regex Opening();
}
