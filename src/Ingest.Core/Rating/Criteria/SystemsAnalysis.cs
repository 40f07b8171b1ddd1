using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// systems_analysis: are missed opportunities explained (context, organisation, environment) or only
/// stated? The share of missed_opportunity sentences whose own or next sentence gives a reason
/// ("because", "due to", caseload, training, policy, systems, ...).
/// </summary>
public sealed class SystemsAnalysis(RateOptions options) : IBandedCriterion
{
    public string Name => RatingCriteria.SystemsAnalysis;

    public CriterionScore Score(RatingInput input)
    {
        var missed = input.Labelled(Labels.MissedOpportunity).ToList();
        if (missed.Count == 0)
        {
            return new CriterionScore(1, [], "no missed opportunity is named, so none is explained");
        }

        var explained = Explained(input, missed);
        var share = (double)explained.Count / missed.Count;
        return new CriterionScore(
            options.SystemsExplained.Score(share),
            explained.Select(a => a.Id).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{explained.Count} of {missed.Count} missed opportunities come with an explanation ({share:P0})"));
    }

    /// <summary>The share of missed opportunities that come with an explanation; null when none is named.</summary>
    public double? Measure(RatingInput input)
    {
        var missed = input.Labelled(Labels.MissedOpportunity).ToList();
        return missed.Count == 0 ? null : (double)Explained(input, missed).Count / missed.Count;
    }

    private List<Annotation> Explained(RatingInput input, List<Annotation> missed) =>
        missed.Where(a => Explains(a.Text) || Explains(input.NextSentence(a.Start))).ToList();

    private bool Explains(string sentence) =>
        options.ExplanationWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
}
