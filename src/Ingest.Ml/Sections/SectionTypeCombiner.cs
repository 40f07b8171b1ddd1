namespace Ingest.Ml.Sections;

/// <summary>
/// How the rules and the section-type model combine: the rules decide where a specific row of
/// section-types.tsv names the heading (and for the cover); the model decides where the rules only fell
/// back (inherited the parent's type, a name or a period row, or nothing at all).
/// </summary>
public static class SectionTypeCombiner
{
    public static string Combine(SectionTypeRow row, string? modelType) =>
        row.RuleSpecific || string.IsNullOrEmpty(modelType) ? row.RuleType : modelType;
}
