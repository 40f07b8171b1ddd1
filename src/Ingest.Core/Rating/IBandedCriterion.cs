namespace Ingest.Core.Rating;

/// <summary>
/// A criterion whose score is a measure cut into 1-4 by one <see cref="Bands"/> of <see cref="RateOptions"/>
/// (before any cap or penalty), so `ingest fit-rating` can choose the thresholds from the values it sees.
/// </summary>
public interface IBandedCriterion : ICriterion
{
    /// <summary>The value Score cuts by its bands, or null when the score does not depend on the bands (e.g. nothing to measure).</summary>
    double? Measure(RatingInput input);
}
