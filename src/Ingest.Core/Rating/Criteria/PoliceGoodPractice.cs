using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_good_practice: is good police practice described specifically enough to learn from? Good-practice
/// sentences about the police count, one long enough to say what was done whole and a bare praise half.
/// </summary>
public sealed class PoliceGoodPractice(RateOptions options) : IBandedCriterion
{
    private readonly PoliceImrAnalysis _policeImr = new(options);

    public string Name => RatingCriteria.PoliceGoodPractice;

    public CriterionScore Score(RatingInput input)
    {
        var police = Police(input);
        if (police.Count == 0)
        {
            return new CriterionScore(1, [], "no good police practice is described");
        }

        var (specific, value) = Value(police);
        var score = new CriterionScore(
            options.PoliceGoodPractice.Score(value),
            police.Select(a => a.Id).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{police.Count} sentence(s) of good police practice, {specific} specific about what was done"));
        return score.Score == 3 ? WithAnalyticalReport(input, score) : score;
    }

    /// <summary>
    /// A 3 rises to 4 where the police agency report analyses and reflects (police_imr_analysis 4): the good
    /// practice comes with the force's own account of what worked and why, as systems_analysis takes the
    /// report's account of what went wrong. Why: in s01-s62 the two reviews the bands score 3 with such a
    /// report are gold 4, and no gold 2 or 3 there has one. Fitted on s01-s62: 42 -> 44 of 62; scored on
    /// s63-s83, not fitted: 18 -> 20 of 21. A small sample: two reviews carry the fit.
    /// </summary>
    private CriterionScore WithAnalyticalReport(RatingInput input, CriterionScore score) =>
        _policeImr.Score(input).Score == 4
            ? score with { Score = 4, Explanation = score.Explanation + "; the police agency report analyses and reflects" }
            : score;

    /// <summary>Good-practice sentences about the police, specific ones whole and bare praise half; null when there is none.</summary>
    public double? Measure(RatingInput input)
    {
        var police = Police(input);
        return police.Count == 0 ? null : Value(police).Value;
    }

    private static List<Annotation> Police(RatingInput input) =>
        input.Labelled(Labels.GoodPractice).Where(a => a.Attributes.Agency == "police").ToList();

    private (int Specific, double Value) Value(List<Annotation> police)
    {
        var specific = police.Count(a => a.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= options.SpecificGoodPracticeWords);
        return (specific, specific + (0.5 * (police.Count - specific)));
    }
}
