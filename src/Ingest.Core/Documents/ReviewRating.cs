namespace Ingest.Core.Documents;

/// <summary>
/// The proposed quality rating of a review's police information (CONTRACT §3 `rating`, §6): an overall
/// 1-4 suggestion with its confidence, each criterion with the evidence behind it, and the analyst's
/// confirmation or override once made. The suggestion is never overwritten by the confirmation.
/// </summary>
public sealed record ReviewRating(
    int Suggested,
    double Confidence,
    IReadOnlyDictionary<string, CriterionScore> Criteria,
    string Producer)
{
    public int? Confirmed { get; init; }

    public string? ConfirmedBy { get; init; }

    /// <summary>Why the analyst overrode the suggestion (required for an override).</summary>
    public string? Reason { get; init; }
}

/// <summary>One criterion of CONTRACT §6: a 1-4 score, the evidence (annotation ids or metadata fields) and a short why.</summary>
public sealed record CriterionScore(int Score, IReadOnlyList<string> Evidence, string Explanation);

/// <summary>The nine criteria of CONTRACT §6, in the order the rubric lists them.</summary>
public static class RatingCriteria
{
    public const string PoliceCoverage = "police_coverage";
    public const string PoliceImrAnalysis = "police_imr_analysis";
    public const string SystemsAnalysis = "systems_analysis";
    public const string PoliceRecommendations = "police_recommendations";
    public const string PoliceGoodPractice = "police_good_practice";
    public const string ProtectedCharacteristics = "protected_characteristics";
    public const string Timeliness = "timeliness";
    public const string PolicingExpertise = "policing_expertise";
    public const string MethodologyStated = "methodology_stated";

    public static IReadOnlyList<string> All { get; } =
    [
        PoliceCoverage, PoliceImrAnalysis, SystemsAnalysis, PoliceRecommendations, PoliceGoodPractice,
        ProtectedCharacteristics, Timeliness, PolicingExpertise, MethodologyStated,
    ];
}

/// <summary>
/// The screening decision (CONTRACT §3 `screening`): does the review show police engagement in the case,
/// with the confidence and the evidence, so analysts can screen a year's publications quickly.
/// </summary>
public sealed record ScreeningDecision(bool PoliceEngagement, double Confidence, IReadOnlyList<string> Evidence, string Producer)
{
    public bool? Confirmed { get; init; }

    public string? ConfirmedBy { get; init; }

    /// <summary>Why the analyst overrode the proposal (required for an override).</summary>
    public string? Reason { get; init; }
}
