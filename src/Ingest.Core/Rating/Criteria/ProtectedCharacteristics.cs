using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// protected_characteristics: are they recorded, or their absence explained? Distinct characteristics
/// recorded; a statement that they were withheld or considered scores 2 on its own, and one that they
/// were withheld caps the score at 2 (the review records only part of the picture).
/// </summary>
public sealed class ProtectedCharacteristics(RateOptions options) : IBandedCriterion
{
    private static readonly HashSet<string> Statements = new(StringComparer.Ordinal) { "withheld", "considered" };

    public string Name => RatingCriteria.ProtectedCharacteristics;

    public CriterionScore Score(RatingInput input)
    {
        var all = All(input);
        var kinds = Kinds(all);
        var statements = all.Where(a => Statements.Contains(a.Attributes.Characteristic!)).ToList();
        var score = options.ProtectedRecorded.Score(kinds.Count);
        if (score < 2 && statements.Count > 0)
        {
            score = 2;
        }

        // A review that says it withheld characteristics records only some: partial, however many it names.
        if (statements.Any(s => s.Attributes.Characteristic == "withheld"))
        {
            score = Math.Min(score, 2);
        }

        var why = kinds.Count > 0 ? $"records {string.Join(", ", kinds)}" : "records no protected characteristic";
        if (statements.Count > 0)
        {
            why += $"; states they were {string.Join(" and ", statements.Select(s => s.Attributes.Characteristic).Distinct())}";
        }

        return new CriterionScore(score, all.Select(a => a.Id).ToList(), why);
    }

    /// <summary>The number of distinct characteristics recorded (the statements cap or lift the score after the cut).</summary>
    public double? Measure(RatingInput input) => Kinds(All(input)).Count;

    private static List<Annotation> All(RatingInput input) =>
        input.Labelled(Labels.ProtectedCharacteristic).Where(a => a.Attributes.Characteristic is not null).ToList();

    private static List<string> Kinds(List<Annotation> all) =>
        all.Where(a => !Statements.Contains(a.Attributes.Characteristic!)).Select(a => a.Attributes.Characteristic!).Distinct().Order(StringComparer.Ordinal).ToList();
}
