using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace Ingest.Ml.Classify;

/// <summary>
/// Where "confident" mode adds none of a practice model's own sentences, however sure the model is: places where the
/// gold never has a practice sentence, or where the rules read the sentence and decided otherwise. On the tuned gold
/// (s01-s74) no good-practice or missed-opportunity sentence lies in a heading or ends with a colon, and 3 of 2,307
/// carry both labels. Yet the models trained on s01-s62 would add, over s01-s77, 21 headings ("9. Good Practice", "Mate
/// crime was not recognised"), 4 list openings ("The panel identified the following good practice:"), 8 sentences that
/// name a missed opportunity only to deny or weigh it ("This was not a missed opportunity.") and 15 the rules had given
/// the other label: 48 sentences in all (some of more than one kind), 3 of them in gold (all of the last kind).
/// </summary>
internal static partial class ConfidentGuard
{
    public static bool Allows(string label, string text, SentenceSpan sentence, IReadOnlyList<Section> sections, IReadOnlyList<Annotation> annotations)
    {
        if (OtherLabel(label) is null)
        {
            return true;
        }

        var words = text[sentence.Start..sentence.End].TrimEnd();
        return !InHeading(sentence, sections)
            && !words.EndsWith(':')
            && !(LabelName(label) is { } name && name.IsMatch(words))
            && !annotations.Any(a => a.Source == "rule" && a.Label == OtherLabel(label) && a.Start < sentence.End && sentence.Start < a.End);
    }

    /// <summary>A heading is no sentence of findings, even one that states one ("Finding 2: Information did not reach the midwife").</summary>
    private static bool InHeading(SentenceSpan sentence, IReadOnlyList<Section> sections) =>
        sections.Any(h => h.Start <= sentence.Start && sentence.Start < h.HeadingEnd);

    /// <summary>
    /// A sentence that names the label and that the rules left unlabelled is one whose negation or question the rules'
    /// cues caught ("The panel considered whether this was a missed opportunity."); the model's words outweigh those cues.
    /// </summary>
    private static Regex? LabelName(string label) => label switch
    {
        Labels.GoodPractice => GoodPracticeName(),
        Labels.MissedOpportunity => MissedOpportunityName(),
        _ => null,
    };

    private static string? OtherLabel(string label) => label switch
    {
        Labels.GoodPractice => Labels.MissedOpportunity,
        Labels.MissedOpportunity => Labels.GoodPractice,
        _ => null,
    };

    [GeneratedRegex(@"\bgood practice\b", RegexOptions.IgnoreCase)]
    private static partial Regex GoodPracticeName();

    [GeneratedRegex(@"\bmissed opportunit", RegexOptions.IgnoreCase)]
    private static partial Regex MissedOpportunityName();
}
