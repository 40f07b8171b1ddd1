using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// Per review, the agencies that gave an IMR or agency report and whether the police one analyses
/// (issue 4; the rating's police_imr_analysis criterion reads it). Taken from the imr_reference
/// annotations, so every entry has a span behind it. The board and national bodies do not write IMRs.
/// </summary>
public sealed record ImrInventory(IReadOnlyList<string> Agencies, bool? PoliceAnalytical, IReadOnlyList<string> Evidence)
{
    /// <summary>
    /// The confidence of a contributor inferred from "each agency provided a timeline" (an agency the review
    /// shows involved): it counts in the inventory, but says nothing about what the police report was like.
    /// </summary>
    public const double InferredConfidence = 0.5;

    public static ImrInventory From(IEnumerable<Annotation> annotations)
    {
        var all = annotations.ToList();
        var references = all
            .Where(a => a.Label is Labels.ImrReference or Labels.ImrContributor && a.Attributes.Agency is { } agency && agency is not ("partnership" or "national"))
            .ToList();
        var agencies = references.Select(a => a.Attributes.Agency!).Distinct().Order(StringComparer.Ordinal).ToList();
        var police = references.Where(a => a.Attributes.Agency == "police" && !(a.Label == Labels.ImrContributor && a.Confidence <= InferredConfidence)).ToList();
        bool? analytical = police.Count == 0 ? null : !police.Any(a => a.Attributes.Critique == true) && !ReportForms.ShortFormsOnly(police.Where(a => a.Label == Labels.ImrReference).Select(a => a.Text), ReportForms.CommonWords(all));
        return new ImrInventory(agencies, analytical, references.Select(a => a.Id).ToList());
    }
}
