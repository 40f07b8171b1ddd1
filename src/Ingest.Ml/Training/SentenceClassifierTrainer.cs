using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Ingest.Ml.Training;

/// <summary>
/// A binary sentence classifier (police relevance, good practice, missed opportunity): text features and
/// SDCA logistic regression, with 5-fold cross-validation in which a document's sentences stay in one fold
/// (so the metrics say how it does on documents it has not seen).
/// </summary>
public static class SentenceClassifierTrainer
{
    public const string TrainerName = "FeaturizeText(word 1-2, char 3) + SdcaLogisticRegression";

    public static TrainedModel Train(string name, IReadOnlyList<SentenceRow> rows, TrainingContext context)
    {
        if (rows.Count(r => r.Label) < 2 || rows.Count(r => !r.Label) < 2)
        {
            throw new InvalidOperationException($"{name}: too few examples to train ({rows.Count(r => r.Label)} positive, {rows.Count(r => !r.Label)} negative)");
        }

        var ml = context.NewContext();
        var data = ml.Data.LoadFromEnumerable(Weighted(rows));
        var pipeline = Pipeline(ml);
        var folds = ml.BinaryClassification.CrossValidate(data, pipeline, TrainingContext.Folds, nameof(SentenceRow.Label), samplingKeyColumnName: nameof(SentenceRow.Group), seed: context.Seed);
        var metrics = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["cv_auc"] = TrainingContext.Round(folds.Average(f => f.Metrics.AreaUnderRocCurve)),
            ["cv_f1"] = TrainingContext.Round(folds.Average(f => f.Metrics.F1Score)),
            ["cv_precision"] = TrainingContext.Round(folds.Average(f => f.Metrics.PositivePrecision)),
            ["cv_recall"] = TrainingContext.Round(folds.Average(f => f.Metrics.PositiveRecall)),
            ["cv_accuracy"] = TrainingContext.Round(folds.Average(f => f.Metrics.Accuracy)),
        };
        var model = pipeline.Fit(data);
        var card = context.Card(name, "binary sentence classification", TrainerName, TrainingContext.Hash(rows.Select(r => $"{(r.Label ? 1 : 0)}\t{r.Group}\t{r.Text}")), rows.Count) with
        {
            Labels = ["false", "true"],
            LabelCounts = new Dictionary<string, int> { ["true"] = rows.Count(r => r.Label), ["false"] = rows.Count(r => !r.Label) },
            Metrics = metrics,
            Evaluation = $"{TrainingContext.Folds}-fold cross-validation, folds by document",
        };
        return new TrainedModel(model, data.Schema, card);
    }

    /// <summary>Positives weigh the ratio of negatives to positives (at most <see cref="MaxPositiveWeight"/>), so both classes count alike.</summary>
    public static IReadOnlyList<SentenceRow> Weighted(IReadOnlyList<SentenceRow> rows)
    {
        var positives = Math.Max(1, rows.Count(r => r.Label));
        var weight = (float)Math.Min(MaxPositiveWeight, (rows.Count - positives) / (double)positives);
        return rows.Select(r => new SentenceRow { Text = r.Text, Label = r.Label, Group = r.Group, Weight = r.Label ? Math.Max(1, weight) : 1 }).ToList();
    }

    public const double MaxPositiveWeight = 10;

    public static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        TextFeatures.Featurize(ml, nameof(SentenceRow.Text))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(SentenceRow.Label),
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(SentenceRow.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 50,
            }));
}
