using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// timeliness: how long from the incident and the review's completion to publication? Scored on the
/// days from the incident to publication, less one point when publication waited more than a year
/// after completion; without an incident date, on the wait after completion alone. A long review published
/// promptly after its completion (within <see cref="RateOptions.PromptPublicationDays"/>) scores 3, not 2: the
/// delay lay in the review, not in publishing it (the tuned gold scores all three such reviews of s01-s62 3,
/// and no review it scores 2 on a known delay was published within five months of completion).
/// </summary>
public sealed class Timeliness(RateOptions options) : IBandedCriterion
{
    public string Name => RatingCriteria.Timeliness;

    public CriterionScore Score(RatingInput input)
    {
        var m = input.Metadata;
        if (m?.Published is not { } published)
        {
            return new CriterionScore(2, [], "no publication date found: timeliness cannot be judged, scored as limited");
        }

        int? afterCompletion = m.Completed is { } c ? published.Value.First.DayNumber - c.Value.First.DayNumber : null;
        if (m.PublicationLagDays is not { } lag)
        {
            if (afterCompletion is not { } wait)
            {
                return new CriterionScore(2, ["metadata.dates.published"], "no incident or completion date found: timeliness cannot be judged, scored as limited");
            }

            var alone = wait <= options.CompletionToPublicationPenaltyDays / 2 ? 3 : wait <= options.CompletionToPublicationPenaltyDays ? 2 : 1;
            return new CriterionScore(alone, ["metadata.dates.completed", "metadata.dates.published"], $"published {Months(wait)} months after completion (no incident date)");
        }

        var score = options.IncidentToPublicationDays.ScoreLowerIsBetter(lag);
        var evidence = new List<string> { "metadata.dates.incident", "metadata.dates.published" };
        var why = $"published {Months(lag)} months after the incident";
        if (afterCompletion is { } after)
        {
            evidence.Add("metadata.dates.completed");
            why += $", {Months(after)} after completion";
            if (after > options.CompletionToPublicationPenaltyDays)
            {
                score = Math.Max(1, score - 1);
            }
            else if (score == 2 && after <= options.PromptPublicationDays)
            {
                score = 3;
                why += " (published promptly once complete)";
            }
        }

        return new CriterionScore(score, evidence, why);
    }

    /// <summary>Days from the incident to publication, or null when either date is missing (then the bands are not used).</summary>
    public double? Measure(RatingInput input) => input.Metadata is { Published: not null, PublicationLagDays: { } lag } ? lag : null;

    private static int Months(int days) => (int)Math.Round(days / 30.44);
}
