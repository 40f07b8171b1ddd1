using Ingest.Core.Documents;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// One criterion whose measure is cut by a <see cref="Bands"/> of <see cref="RateOptions"/>: the option
/// key it is written under in pipeline.json, how to read and replace its bands, the range
/// <see cref="RateOptions.FromJson"/> accepts, and the real criterion built from a set of options.
/// </summary>
public sealed record BandedSetting(
    string Criterion,
    string OptionKey,
    Func<RateOptions, Bands> Get,
    Func<RateOptions, Bands, RateOptions> Set,
    bool LowerIsBetter,
    double Min,
    double Max,
    Func<RateOptions, IBandedCriterion> Create)
{
    /// <summary>The band a value falls in under the thresholds, before the criterion's caps and penalties.</summary>
    public int Band(Bands bands, double value) => LowerIsBetter ? bands.ScoreLowerIsBetter(value) : bands.Score(value);

    /// <summary>The six banded criteria, with the ranges of RateOptions.FromJson.</summary>
    public static IReadOnlyList<BandedSetting> All { get; } =
    [
        new(RatingCriteria.PoliceCoverage, nameof(RateOptions.Coverage), o => o.Coverage, (o, b) => o with { Coverage = b }, false, 0, 1, o => new PoliceCoverage(o)),
        new(RatingCriteria.SystemsAnalysis, nameof(RateOptions.SystemsExplained), o => o.SystemsExplained, (o, b) => o with { SystemsExplained = b }, false, 0, 1, o => new SystemsAnalysis(o)),
        new(RatingCriteria.PoliceRecommendations, nameof(RateOptions.PoliceRecommendations), o => o.PoliceRecommendations, (o, b) => o with { PoliceRecommendations = b }, false, 0, 100, o => new PoliceRecommendations(o)),
        new(RatingCriteria.PoliceGoodPractice, nameof(RateOptions.PoliceGoodPractice), o => o.PoliceGoodPractice, (o, b) => o with { PoliceGoodPractice = b }, false, 0, 100, o => new PoliceGoodPractice(o)),
        new(RatingCriteria.ProtectedCharacteristics, nameof(RateOptions.ProtectedRecorded), o => o.ProtectedRecorded, (o, b) => o with { ProtectedRecorded = b }, false, 0, 20, o => new ProtectedCharacteristics(o)),
        new(RatingCriteria.Timeliness, nameof(RateOptions.IncidentToPublicationDays), o => o.IncidentToPublicationDays, (o, b) => o with { IncidentToPublicationDays = b }, true, 0, 36500, o => new Timeliness(o)),
    ];
}
