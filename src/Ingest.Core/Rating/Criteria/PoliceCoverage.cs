using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_coverage: does police practice get space, or is the review social-care/health-focused? Measured
/// as the share of the review's sentences that mention the police.
/// Where the tuned writers differ (session 18, s01-s62): from 35 % of sentences they score 4 (21 of 22);
/// from 27 % to 35 %, where the README notes call the 4s "police central" or "police-rich" and the 3s "police
/// moderate", "mixed" or "thin but present", the majority is still 4 (12 of 21), so the bands keep 4 there.
/// Measured and not shipped: scoring 3 in that range unless half the missed opportunities are the police's
/// or the police report is analytical took s01-s62 42 -> 47 of 62 but left s63-s81 at 17 of 19 and the
/// held-out criterion went 11 -> 10.
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
