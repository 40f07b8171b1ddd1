using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// systems_analysis: are missed opportunities explained (context, organisation, environment) or only
/// stated? The share of missed_opportunity sentences whose own or next sentence gives a reason
/// ("because", "due to", caseload, training, policy, systems, ...).
/// </summary>
public sealed class SystemsAnalysis(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.SystemsAnalysis;

    public CriterionScore Score(RatingInput input)
    {
        var missed = input.Labelled(Labels.MissedOpportunity).ToList();
        if (missed.Count == 0)
        {
            return new CriterionScore(1, [], "no missed opportunity is named, so none is explained");
        }

        var explained = missed.Where(a => Explains(a.Text) || Explains(input.NextSentence(a.Start))).ToList();
        var share = (double)explained.Count / missed.Count;
        return new CriterionScore(
            options.SystemsExplained.Score(share),
            explained.Select(a => a.Id).ToList(),
            string.Create(CultureInfo.InvariantCulture, $"{explained.Count} of {missed.Count} missed opportunities come with an explanation ({share:P0})"));
    }

    private bool Explains(string sentence) =>
        options.ExplanationWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
}
