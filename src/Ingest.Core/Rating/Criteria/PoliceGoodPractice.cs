using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_good_practice: is good police practice described specifically enough to learn from? Good-practice
/// sentences about the police count, one long enough to say what was done whole and a bare praise half.
/// </summary>
public sealed class PoliceGoodPractice(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.PoliceGoodPractice;

    public CriterionScore Score(RatingInput input)
    {
        var police = input.Labelled(Labels.GoodPractice).Where(a => a.Attributes.Agency == "police").ToList();
        if (police.Count == 0)
        {
            return new CriterionScore(1, [], "no good police practice is described");
        }

        var specific = police.Count(a => a.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= options.SpecificGoodPracticeWords);
        var value = specific + (0.5 * (police.Count - specific));
        return new CriterionScore(
            options.PoliceGoodPractice.Score(value),
            police.Select(a => a.Id).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{police.Count} sentence(s) of good police practice, {specific} specific about what was done"));
    }
}
