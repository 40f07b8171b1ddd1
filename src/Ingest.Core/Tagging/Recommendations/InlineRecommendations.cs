using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Recommendations written inside a paragraph: a sentence that opens "It is recommended that ...", "The
/// review recommends that ..." or "We recommend that ...", from those words to the sentence's end. A
/// "recommends that" in the middle of a sentence ("The review notes ..., and recommends that ...") is a
/// remark in the analysis, not a recommendation the review makes. The opening may follow a full stop the
/// sentence splitter kept ("... about Adult R. It is recommended that ..."): that is a sentence start too.
/// A reviewer writing in the first person recommends too ("I recommend that ..."), and a conclusion may
/// mark the sentence that is a recommendation at its end ("The LSCB should seek assurance ...
/// (Recommendation 2)."): the whole sentence, numbered by its mark.
/// </summary>
internal static partial class InlineRecommendations
{
    /// <summary>Whether a paragraph holds a sentence this reader takes ("... I also recommend that X ..."), so that it, not a list reader, spans each one.</summary>
    public static bool Holds(string paragraph) => Opening().IsMatch(paragraph) || Mark().IsMatch(paragraph);

    /// <summary>Whether a text opens as a recommendation made in passing ("It is recommended that ...", "7.1.4 The panel recommends that ...").</summary>
    public static bool OpensInPassing(string text) => Opening().Match(text) is { Success: true, Index: 0 };

    public static IEnumerable<(int Start, int End, string? Number)> Find(TaggingContext context, AgencyFinder finder, Func<int, bool> excluded)
    {
        var found = new List<(int Start, int End, string? Number)>();
        var openedIn = new HashSet<int>(); // the sections where an "It is recommended that ..." paragraph stands
        foreach (var sentence in context.Sentences)
        {
            if (excluded(sentence.Start))
            {
                continue;
            }

            // "It is recommended that:" leads in a list, whose items ListReader reads.
            var said = context.SentenceText(sentence);
            var m = Opening().Match(said);
            if (m.Success && sentence.End - (sentence.Start + m.Index + m.Length) > 12)
            {
                found.Add((sentence.Start + m.Groups["lead"].Index, sentence.End, null));
                openedIn.Add(context.SectionAt(sentence.Start)?.Start ?? -1);
            }
            else if (Mark().Matches(said).LastOrDefault() is { } mark && mark.Index + mark.Length == said.TrimEnd().Length && Addressee.Obligation().IsMatch(said))
            {
                found.Add((sentence.Start, sentence.End, mark.Groups["n"].Value));
            }
        }

        return found.Concat(Addressed(context, finder, openedIn, excluded)).OrderBy(f => f.Start);
    }

    /// <summary>
    /// A review that writes its recommendations as paragraphs of prose, with no list, alternates "It is
    /// recommended that ..." with "The Board should seek assurance ..." and "Ravensby Police should ensure
    /// ..." (s125): in a section where the first kind stands, a paragraph that is one sentence telling an
    /// agency what it should do (one that opens with its addressee, <see cref="Addressee.AtStart"/>) is a recommendation
    /// too. Not "should have", which judges what was done.
    /// </summary>
    private static IEnumerable<(int Start, int End, string? Number)> Addressed(TaggingContext context, AgencyFinder finder, HashSet<int> openedIn, Func<int, bool> excluded)
    {
        if (openedIn.Count == 0)
        {
            yield break;
        }

        var text = context.Text;
        foreach (var sentence in context.Sentences)
        {
            var wholeParagraph = (sentence.Start == 0 || text.AsSpan(0, sentence.Start).TrimEnd(' ').EndsWith("\n\n"))
                && (sentence.End == text.Length || text.AsSpan(sentence.End).TrimStart(' ').StartsWith("\n\n"));
            if (wholeParagraph && !excluded(sentence.Start) && openedIn.Contains(context.SectionAt(sentence.Start)?.Start ?? -1)
                && context.SentenceText(sentence) is var said && Addressee.AtStart(said, finder.Find(said)) is not null)
            {
                yield return (sentence.Start, sentence.End, null);
            }
        }
    }

    [GeneratedRegex(@"(?:^|(?<=[.!?][""'”’)]?\s+))(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:Therefore|Accordingly|In addition|Finally|Consequently|As a result),?\s+)?(?<lead>(?:It|it) is (?:therefore |also |further |strongly )?recommended that|(?:The|This|the) (?i:review|review panel|panel|reviewers?|lead reviewers?|independent reviewer|author|overview author|overview report|report|SAR|DHR|CSPR|LCSPR|CPR|APR) (?:therefore |also |further |strongly )?recommends? that|(?:We|I) (?:therefore |also |further |strongly |would )?recommend that)\b(?!:)")]
    private static partial Regex Opening();

    /// <summary>"(Recommendation 2)" after a sentence (at its end, for the sentence to be one) - not "(see Recommendation 2)", which points to one made elsewhere.</summary>
    [GeneratedRegex(@"\((?:Recommendation|Rec\.?)\s+(?<n>[A-Z]{0,3}\d{1,2}[a-z]?)\)[.;]?(?=\s|$)")]
    private static partial Regex Mark();
}
