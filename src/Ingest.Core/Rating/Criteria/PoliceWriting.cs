using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// How much a review writes about the police, in words: a measure the tuned writers' scores follow
/// where a count of annotations does not (a review that explains police practice writes at length about it).
/// </summary>
internal static class PoliceWriting
{
    /// <summary>The words of the sentences that mention the police.</summary>
    public static int WordsInPoliceSentences(RatingInput input) =>
        input.SentencesWith(Labels.PoliceMention).Sum(s => input.WordsIn(s.Start, s.End));
}
