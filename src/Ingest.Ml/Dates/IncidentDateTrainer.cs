using System.Globalization;
using Ingest.Core.Metadata.Dates;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Ingest.Ml.Dates;

/// <summary>
/// Learns the incident date chooser's weights: every candidate of every tuned review is a row, labelled by
/// whether it is the gold date; ML.NET's L-BFGS logistic regression (one thread, so a refit gives the same
/// weights) fits a bias and a weight a feature. The chooser takes each review's highest-scoring candidate, so
/// what counts is the exact-match rate over reviews, measured with whole reviews left out.
/// </summary>
public static class IncidentDateTrainer
{
    public const string TrainerName = "LbfgsLogisticRegression (L2 1, one thread)";

    /// <summary>Fits on the documents given; the features named in <paramref name="without"/> are zeroed, so they weigh nothing.</summary>
    public static DateChooserWeights Fit(IReadOnlyList<DateDocument> documents, int seed, IReadOnlySet<string>? without = null)
    {
        var rows = Rows(documents, without).ToList();
        if (!rows.Any(r => r.Label) || rows.All(r => r.Label))
        {
            throw new InvalidOperationException($"the date chooser needs candidates that are and are not the gold date; {documents.Count} reviews gave {rows.Count(r => r.Label)} of {rows.Count}");
        }

        var ml = new MLContext(seed);
        var schema = SchemaDefinition.Create(typeof(DateRow));
        schema[nameof(DateRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, IncidentDateFeatures.Names.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            LabelColumnName = nameof(DateRow.Label),
            FeatureColumnName = nameof(DateRow.Features),
            L2Regularization = 1f,
            L1Regularization = 0f,
            NumberOfThreads = 1,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        var weights = IncidentDateFeatures.Names.Select((n, i) => (n, (double)linear.Weights[i])).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);
        return new DateChooserWeights(linear.Bias, weights, TrainerName);
    }

    /// <summary>
    /// Exact match of the chosen date over the scored reviews, each chosen by weights fitted without it
    /// (folds dealt by review; folds = the number of reviews leaves one out).
    /// </summary>
    public static CrossValidation CrossValidate(IReadOnlyList<DateDocument> documents, int seed, int folds, IReadOnlySet<string>? without = null)
    {
        var ordered = documents.OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
        var k = Math.Min(folds, ordered.Count);
        var right = new List<string>();
        var wrong = new List<string>();
        for (var fold = 0; fold < k; fold++)
        {
            var test = ordered.Where((_, i) => i % k == fold).ToList();
            var weights = Fit(ordered.Where((_, i) => i % k != fold).ToList(), seed, without);
            foreach (var d in test.Where(d => d.Scored))
            {
                var chosen = Choose(d, weights, without);
                (chosen == d.Gold ? right : wrong).Add($"{d.Id}: gold {d.Gold}, chose {chosen ?? "nothing"}");
            }
        }

        return new CrossValidation(right.Count, right.Count + wrong.Count, wrong);
    }

    /// <summary>What the chooser picks for a review (the rules' pick where there is no candidate).</summary>
    public static string? Choose(DateDocument document, DateChooserWeights weights, IReadOnlySet<string>? without = null) =>
        IncidentDateChooser.Best(Masked(document.Candidates, without), weights) is { } best ? best.Candidate.Date.Iso : document.Rules;

    private static IEnumerable<DateRow> Rows(IReadOnlyList<DateDocument> documents, IReadOnlySet<string>? without) =>
        documents.Where(d => d.Scored).SelectMany(d => Masked(d.Candidates, without).Select(c => new DateRow { Label = c.Date.Iso == d.Gold, Features = [.. c.Features] }));

    private static IReadOnlyList<DateCandidate> Masked(IReadOnlyList<DateCandidate> candidates, IReadOnlySet<string>? without)
    {
        if (without is null || without.Count == 0)
        {
            return candidates;
        }

        var dropped = IncidentDateFeatures.Names.Select(without.Contains).ToArray();
        return candidates.Select(c => c with { Features = c.Features.Select((f, i) => dropped[i] ? 0f : f).ToArray() }).ToList();
    }

    private sealed class DateRow
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}

/// <summary>Reviews whose chosen date was exact, of those scored, and a line for each miss.</summary>
public sealed record CrossValidation(int Right, int Scored, IReadOnlyList<string> Misses)
{
    public double Rate => Scored == 0 ? 0 : Right / (double)Scored;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Right}/{Scored} ({Rate:0.000})");
}
