using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_good_practice: is good police practice described specifically enough to learn from? Good-practice
/// sentences about the police count, one long enough to say what was done whole and a bare praise half.
/// </summary>
public sealed class PoliceGoodPractice(RateOptions options) : IBandedCriterion
{
    public string Name => RatingCriteria.PoliceGoodPractice;

    public CriterionScore Score(RatingInput input)
    {
        var police = Police(input);
        if (police.Count == 0)
        {
            return new CriterionScore(1, [], "no good police practice is described");
        }

        var (specific, value) = Value(police);
        return new CriterionScore(
            options.PoliceGoodPractice.Score(value),
            police.Select(a => a.Id).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{police.Count} sentence(s) of good police practice, {specific} specific about what was done"));
    }

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
