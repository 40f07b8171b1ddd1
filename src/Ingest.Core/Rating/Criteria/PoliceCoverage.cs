using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_coverage: does police practice get space, or is the review social-care/health-focused? Measured
/// as the share of the review's sentences that mention the police.
/// </summary>
public sealed class PoliceCoverage(RateOptions options) : IBandedCriterion
{
    public string Name => RatingCriteria.PoliceCoverage;

    public CriterionScore Score(RatingInput input)
    {
        var withPolice = input.SentencesWith(Labels.PoliceMention).Count;
        var share = Share(withPolice, input);
        var evidence = input.Labelled(Labels.PoliceMention).Select(a => a.Id).Take(20).ToList();
        return new CriterionScore(
            options.Coverage.Score(share),
            evidence,
            string.Create(CultureInfo.InvariantCulture, $"{withPolice} of {input.Sentences.Count} sentences mention the police ({share:P0})"));
    }

    /// <summary>The share of sentences that mention the police.</summary>
    public double? Measure(RatingInput input) => Share(input.SentencesWith(Labels.PoliceMention).Count, input);

    private static double Share(int withPolice, RatingInput input) => input.Sentences.Count == 0 ? 0 : (double)withPolice / input.Sentences.Count;
}
