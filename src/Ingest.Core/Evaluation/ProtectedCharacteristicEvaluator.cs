using Ingest.Core.Documents;

namespace Ingest.Core.Evaluation;

/// <summary>
/// Protected characteristics (CONTRACT §4, gold <c>protected_characteristics</c>): the set of
/// characteristics the annotations record, scored against the gold's <c>recorded</c> list by precision
/// and recall over characteristics, and whether the review says details were withheld.
/// </summary>
public static class ProtectedCharacteristicEvaluator
{
    /// <summary>The values of the attribute that are statements about the analysis, not characteristics.</summary>
    private static readonly string[] Statements = ["considered", "withheld"];

    public static void Score(GoldFile gold, IReadOnlyList<Annotation> annotations, List<Score> scores, List<Accuracy> accuracies, List<string> misses)
    {
        if (gold.ProtectedCharacteristics is not { } expected)
        {
            return;
        }

        var mine = annotations.Where(a => a.Label == Labels.ProtectedCharacteristic && a.Attributes.Characteristic is not null).ToList();
        var found = mine.Select(a => a.Attributes.Characteristic!).Where(c => !Statements.Contains(c)).ToHashSet(StringComparer.Ordinal);
        var wanted = expected.Recorded.ToHashSet(StringComparer.Ordinal);
        misses.AddRange(wanted.Except(found).Order(StringComparer.Ordinal).Select(c => $"protected characteristic missed: {c}"));
        misses.AddRange(found.Except(wanted).Order(StringComparer.Ordinal).Select(c => $"protected characteristic not in gold: {c}"));
        scores.Add(new Score("protected characteristics", found.Intersect(wanted).Count(), found.Except(wanted).Count(), wanted.Except(found).Count()));

        var withheld = mine.Any(a => a.Attributes.Characteristic == "withheld");
        accuracies.Add(new Accuracy("protected characteristics withheld", withheld == expected.WithheldStatement ? 1 : 0, 1));
        if (withheld != expected.WithheldStatement)
        {
            misses.Add($"protected characteristics withheld: gold {expected.WithheldStatement.ToString().ToLowerInvariant()}, found {withheld.ToString().ToLowerInvariant()}");
        }
    }
}
