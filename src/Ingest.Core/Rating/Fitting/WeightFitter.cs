using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Fitting;

/// <summary>One document for the weight fit: its nine criterion scores and its gold overall rating.</summary>
public sealed record OverallFitDocument(string Id, IReadOnlyDictionary<string, CriterionScore> Criteria, int Gold);

/// <summary>The weights in use and the fitted ones, with overall exact agreement in sample and left-one-document-out.</summary>
public sealed record WeightFit(IReadOnlyDictionary<string, double> Current, IReadOnlyDictionary<string, double> Fitted, int Documents, int CurrentExact, int FittedExact, int LeaveOneOutExact)
{
    public ValidationAgreement? Validation { get; init; }

    /// <summary>Worth writing: the weights change and left-one-document-out is not worse than the current weights.</summary>
    public bool Accepted => !Fitted.All(w => Current.TryGetValue(w.Key, out var c) && c == w.Value) && LeaveOneOutExact >= CurrentExact;
}

/// <summary>
/// Fits the weights of the overall rating (the rounded weighted mean, <see cref="WeightedMeanRater"/>) by
/// coordinate search over a small grid: one criterion at a time takes the grid value that makes the
/// rating exact for the most documents, until no single change helps. A change is taken only when it
/// gains a document, or keeps the count and comes nearer the current weights, so ties stay with them.
/// </summary>
public static class WeightFitter
{
    public static readonly IReadOnlyList<double> Grid = [0, 1, 2, 3];
    private const int MaxPasses = 20;

    public static WeightFit Fit(IReadOnlyDictionary<string, double> current, IReadOnlyList<OverallFitDocument> documents, IReadOnlyList<OverallFitDocument> validation, double roundUpFrom = 0.5)
    {
        var fitted = Best(current, documents, roundUpFrom);
        var leaveOneOut = documents.Count(d => Exact(Best(current, documents.Where(o => !ReferenceEquals(o, d)).ToList(), roundUpFrom), d, roundUpFrom));
        var fit = new WeightFit(current, fitted, documents.Count, Count(current, documents, roundUpFrom), Count(fitted, documents, roundUpFrom), leaveOneOut);
        return validation.Count == 0 ? fit : fit with { Validation = new ValidationAgreement(validation.Count, Count(current, validation, roundUpFrom), Count(fitted, validation, roundUpFrom)) };
    }

    internal static Dictionary<string, double> Best(IReadOnlyDictionary<string, double> current, IReadOnlyList<OverallFitDocument> documents, double roundUpFrom = 0.5)
    {
        var weights = RatingCriteria.All.ToDictionary(c => c, c => current.GetValueOrDefault(c, 1), StringComparer.Ordinal);
        var exact = Count(weights, documents, roundUpFrom);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            var moved = false;
            foreach (var criterion in RatingCriteria.All)
            {
                foreach (var value in Grid)
                {
                    var trial = new Dictionary<string, double>(weights, StringComparer.Ordinal) { [criterion] = value };
                    if (trial.Values.Sum() <= 0)
                    {
                        continue;
                    }

                    var count = Count(trial, documents, roundUpFrom);
                    if (count > exact || (count == exact && Distance(trial, current) < Distance(weights, current)))
                    {
                        (weights, exact, moved) = (trial, count, true);
                    }
                }
            }

            if (!moved)
            {
                break;
            }
        }

        return weights;
    }

    public static bool Exact(IReadOnlyDictionary<string, double> weights, OverallFitDocument document, double roundUpFrom = 0.5) =>
        new WeightedMeanRater(weights, roundUpFrom).Propose(document.Criteria).Rating == document.Gold;

    private static int Count(IReadOnlyDictionary<string, double> weights, IReadOnlyList<OverallFitDocument> documents, double roundUpFrom) =>
        documents.Count(d => Exact(weights, d, roundUpFrom));

    private static double Distance(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, double> current) =>
        weights.Sum(w => Math.Abs(w.Value - current.GetValueOrDefault(w.Key, 1)));
}
