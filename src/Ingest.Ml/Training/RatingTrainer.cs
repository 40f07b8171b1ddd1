using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Ingest.Ml.Training;

/// <summary>
/// The overall-rating model: SDCA regression from the nine criterion scores and their weighted mean to
/// the 1-4 rating, rounded. With a few dozen rated reviews it is weak, so it is judged by leave-one-out
/// against the rules (the weighted mean rounded as the rate stage rounds it) on the same reviews, and both
/// figures go on its card with the weights its mean feature was computed with.
/// </summary>
public static class RatingTrainer
{
    public const string TrainerName = "NormalizeMinMax + SdcaRegression on 9 criterion scores + weighted mean";

    /// <param name="rules">The rate stage's options: the weights of the mean feature and the rules' rounding.</param>
    public static TrainedModel Train(IReadOnlyList<RatingRow> rows, TrainingContext context, RateOptions? rules = null)
    {
        rules ??= new RateOptions();
        if (rows.Count < 3)
        {
            throw new InvalidOperationException($"{ModelNames.OverallRating}: {rows.Count} rated review(s) are too few to train on");
        }

        var ml = context.NewContext();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = Pipeline(ml);
        var (exact, within, mae) = LeaveOneOut(rows, context);
        var rulesExact = rows.Count(r => RoundAsRules(r.Features[^1], rules.RoundUpFrom) == (int)r.Label) / (double)rows.Count;
        var rulesWithin = rows.Count(r => Math.Abs(RoundAsRules(r.Features[^1], rules.RoundUpFrom) - r.Label) <= 1) / (double)rows.Count;
        var card = context.Card(ModelNames.OverallRating, "regression of the overall 1-4 rating", TrainerName, TrainingContext.Hash(rows.Select(r => $"{r.Label}\t{string.Join(',', r.Features)}")), rows.Count) with
        {
            Labels = ["1", "2", "3", "4"],
            LabelCounts = rows.GroupBy(r => ((int)r.Label).ToString(System.Globalization.CultureInfo.InvariantCulture)).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["loo_exact"] = TrainingContext.Round(exact),
                ["loo_within_one"] = TrainingContext.Round(within),
                ["loo_mean_absolute_error"] = TrainingContext.Round(mae),
                ["rules_exact_same_reviews"] = TrainingContext.Round(rulesExact),
                ["rules_within_one_same_reviews"] = TrainingContext.Round(rulesWithin),
            },
            Evaluation = "leave-one-out over the rated reviews (too few for 5 folds to mean much)",
            Notes = $"trained on {rows.Count} rated reviews: weak by construction; the rules' figures on the same reviews are beside it for comparison. " +
                $"Mean feature weights {WeightsText(rules.Weights)}; rules round up from {rules.RoundUpFrom.ToString(CultureInfo.InvariantCulture)}",
        };
        return new TrainedModel(pipeline.Fit(data), data.Schema, card);
    }

    public static int Round(float score) => Math.Clamp((int)Math.Floor(score + 0.5f), 1, 4);

    /// <summary>The weighted mean rounded as <see cref="WeightedMeanRater"/> rounds it.</summary>
    private static int RoundAsRules(float mean, double roundUpFrom) => Math.Clamp((int)Math.Floor(mean + 1 - roundUpFrom + 1e-6), 1, 4);

    private static string WeightsText(IReadOnlyDictionary<string, double> weights) =>
        string.Join(", ", RatingCriteria.All.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c} {weights.GetValueOrDefault(c, 1)}")));

    private static (double Exact, double Within, double Mae) LeaveOneOut(IReadOnlyList<RatingRow> rows, TrainingContext context)
    {
        int exact = 0, within = 0;
        double error = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            var ml = context.NewContext();
            var train = ml.Data.LoadFromEnumerable(rows.Where((_, j) => j != i).ToList());
            var model = Pipeline(ml).Fit(train);
            var engine = ml.Model.CreatePredictionEngine<RatingRow, RatingPrediction>(model);
            var score = engine.Predict(rows[i]).Score;
            exact += Round(score) == (int)rows[i].Label ? 1 : 0;
            within += Math.Abs(Round(score) - rows[i].Label) <= 1 ? 1 : 0;
            error += Math.Abs(score - rows[i].Label);
        }

        return (exact / (double)rows.Count, within / (double)rows.Count, error / rows.Count);
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.NormalizeMinMax(nameof(RatingRow.Features))
            .Append(ml.Regression.Trainers.Sdca(new SdcaRegressionTrainer.Options
            {
                LabelColumnName = nameof(RatingRow.Label),
                FeatureColumnName = nameof(RatingRow.Features),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 200,
            }));
}
