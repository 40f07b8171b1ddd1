namespace Ingest.Core.Documents;

/// <summary>
/// One annotation on the cleaned text (CONTRACT §3): a label over [Start, End) with its attributes,
/// where it came from (rule, model, analyst), its review status and confidence, and the producer that
/// made it (name@version), so that a change of tagger is visible in the corpus.
/// </summary>
public sealed record Annotation(
    string Id,
    string Label,
    int Start,
    int End,
    string Text,
    AnnotationAttributes Attributes,
    string Source,
    string Status,
    double Confidence,
    string Producer);

/// <summary>The attributes of CONTRACT §3, typed; null means "not known" and is left out of exports.</summary>
public sealed record AnnotationAttributes
{
    public static AnnotationAttributes None { get; } = new();

    /// <summary>police_mention: force, role, unit, process, power, system.</summary>
    public string? Category { get; init; }

    /// <summary>police_mention: the force, where known.</summary>
    public string? Force { get; init; }

    /// <summary>imr_reference, good_practice, missed_opportunity: the agency (vocabulary of CONTRACT §5).</summary>
    public string? Agency { get; init; }

    /// <summary>imr_reference: true where the text says the report lacks analysis.</summary>
    public bool? Critique { get; init; }

    /// <summary>recommendation: its number or label as printed ("3", "R3", "SA1").</summary>
    public string? Number { get; init; }

    /// <summary>recommendation: the agencies it is for.</summary>
    public IReadOnlyList<string>? Agencies { get; init; }

    /// <summary>protected_characteristic: which one (age, disability, ..., or "withheld" / "considered").</summary>
    public string? Characteristic { get; init; }
}

/// <summary>The labels of CONTRACT §3.</summary>
public static class Labels
{
    public const string PoliceMention = "police_mention";
    public const string ImrReference = "imr_reference";
    public const string Recommendation = "recommendation";
    public const string GoodPractice = "good_practice";
    public const string MissedOpportunity = "missed_opportunity";
    public const string ProtectedCharacteristic = "protected_characteristic";

    /// <summary>An agency named where the review lists who gave an IMR or agency report (an addition to CONTRACT §3: the evidence of the IMR inventory).</summary>
    public const string ImrContributor = "imr_contributor";
}
