using Ingest.Core.Documents;

namespace Ingest.Ml.Models;

/// <summary>The models `ingest train` writes and pipeline.json's "Models" section names.</summary>
public static class ModelNames
{
    public const string PoliceRelevance = "police_relevance";
    public const string GoodPractice = "good_practice";
    public const string MissedOpportunity = "missed_opportunity";
    public const string RecommendationAgency = "recommendation_agency";
    public const string OverallRating = "overall_rating";
    /// <summary>The learned section-type model: measured against the rules, not shipped, so not in <see cref="All"/> (experiments/section-types/RESULTS.md).</summary>
    public const string SectionType = "section_type";

    /// <summary>The sentence classifiers and the annotation label each one suggests.</summary>
    public static IReadOnlyDictionary<string, string> SentenceLabels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [PoliceRelevance] = Labels.PoliceMention,
        [GoodPractice] = Labels.GoodPractice,
        [MissedOpportunity] = Labels.MissedOpportunity,
    };

    public static IReadOnlyList<string> All { get; } = [PoliceRelevance, GoodPractice, MissedOpportunity, RecommendationAgency, OverallRating];
}
