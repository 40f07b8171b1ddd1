namespace Ingest.Web.Review;

/// <summary>The labels and agencies an analyst can choose from (CONTRACT §3 and §5), with the words the legend uses.</summary>
internal static class Vocabulary
{
    public static IReadOnlyList<(string Label, string Name, char Key)> Labels { get; } =
    [
        ("police_mention", "Police mention", '1'),
        ("imr_reference", "IMR reference", '2'),
        ("recommendation", "Recommendation", '3'),
        ("good_practice", "Good practice", '4'),
        ("missed_opportunity", "Missed opportunity", '5'),
        ("protected_characteristic", "Protected characteristic", '6'),
    ];

    public static IReadOnlyList<string> Agencies { get; } =
    [
        "police", "childrens_social_care", "adult_social_care", "health", "education", "probation",
        "housing", "voluntary_sector", "partnership", "national", "other",
    ];

    /// <summary>The review types (CONTRACT §5) the queue and search pages filter by.</summary>
    public static IReadOnlyList<string> ReviewTypes { get; } = ["SCR", "CSPR", "CPR", "SAR", "APR", "DHR", "MHHR"];

    public static string NameOf(string label) => Labels.FirstOrDefault(l => l.Label == label).Name ?? label;

    public static bool IsLabel(string? label) => Labels.Any(l => l.Label == label);
}
