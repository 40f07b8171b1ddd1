using Microsoft.ML.Data;

namespace Ingest.Ml.Sections;

/// <summary>
/// One heading of a review as the section-type model sees it: the heading's words, its context as tokens
/// (level, numbering, the rules' types of its parent and previous sibling, where it falls in the review,
/// cues from its body) and the first words of its body. <see cref="Group"/> (the review) keeps a review's
/// headings in one cross-validation fold.
/// </summary>
public sealed class SectionTypeRow
{
    public string Heading { get; set; } = string.Empty;

    public string Context { get; set; } = string.Empty;

    public string Body { get; set; } = string.Empty;

    /// <summary>The gold type when training; empty when predicting.</summary>
    public string Label { get; set; } = string.Empty;

    public string Group { get; set; } = string.Empty;

    /// <summary>What the rules alone give this heading (the splitter's answer, inheritance included).</summary>
    public string RuleType { get; set; } = string.Empty;

    /// <summary>True when a specific row of section-types.tsv names the heading (not a fallback, not inherited).</summary>
    public bool RuleSpecific { get; set; }
}

/// <summary>What the section-type model says of one heading.</summary>
public sealed class SectionTypePrediction
{
    [ColumnName("PredictedType")]
    public string PredictedType { get; set; } = string.Empty;

    public float[] Score { get; set; } = [];
}
