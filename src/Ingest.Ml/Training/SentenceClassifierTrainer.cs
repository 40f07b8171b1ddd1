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
    public const string TrainerName = "FeaturizeText(word 1-2, char 3) + previous sentence words + section type + SdcaLogisticRegression";

    public static TrainedModel Train(string name, IReadOnlyList<SentenceRow> rows, TrainingContext context)
    {
        if (rows.Count(r => r.Label) < 2 || rows.Count(r => !r.Label) < 2)
        {
            throw new InvalidOperationException($"{name}: too few examples to train ({rows.Count(r => r.Label)} positive, {rows.Count(r => !r.Label)} negative)");
        }

        var ml = context.NewContext();
        var weighted = Weighted(rows);
        var data = ml.Data.LoadFromEnumerable(weighted);
        var metrics = CrossValidate(weighted, context);
        var model = Pipeline(ml).Fit(data);
        var card = context.Card(name, "binary sentence classification", TrainerName, TrainingContext.Hash(rows.Select(r => $"{(r.Label ? 1 : 0)}\t{r.Group}\t{r.Section}\t{r.Previous}\t{r.Text}")), rows.Count) with
        {
            Labels = ["false", "true"],
            LabelCounts = new Dictionary<string, int> { ["true"] = rows.Count(r => r.Label), ["false"] = rows.Count(r => !r.Label) },
            Metrics = metrics,
            Evaluation = $"{TrainingContext.Folds}-fold cross-validation, folds by document",
        };
        return new TrainedModel(model, data.Schema, card);
    }

    /// <summary>Sentence-level metrics pooled over the folds (counts summed, so small folds weigh what they hold); AUC averaged over the folds that have both classes.</summary>
    private static Dictionary<string, double> CrossValidate(IReadOnlyList<SentenceRow> rows, TrainingContext context)
    {
        int tp = 0, fp = 0, fn = 0, tn = 0;
        var aucs = new List<double>();
        foreach (var (train, test) in GroupedFolds.Split(rows, r => r.Group, TrainingContext.Folds))
        {
            var ml = context.NewContext();
            var model = Pipeline(ml).Fit(ml.Data.LoadFromEnumerable(train));
            var scored = ml.Data.CreateEnumerable<ScoredRow>(model.Transform(ml.Data.LoadFromEnumerable(test)), reuseRowObject: false).ToList();
            tp += scored.Count(s => s.Label && s.PredictedLabel);
            fp += scored.Count(s => !s.Label && s.PredictedLabel);
            fn += scored.Count(s => s.Label && !s.PredictedLabel);
            tn += scored.Count(s => !s.Label && !s.PredictedLabel);
            if (scored.Any(s => s.Label) && scored.Any(s => !s.Label))
            {
                aucs.Add(ml.BinaryClassification.Evaluate(model.Transform(ml.Data.LoadFromEnumerable(test)), nameof(SentenceRow.Label)).AreaUnderRocCurve);
            }
        }

        double precision = tp + fp == 0 ? 0 : tp / (double)(tp + fp), recall = tp + fn == 0 ? 0 : tp / (double)(tp + fn);
        return new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["cv_auc"] = TrainingContext.Round(aucs.Count == 0 ? double.NaN : aucs.Average()),
            ["cv_f1"] = TrainingContext.Round(precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)),
            ["cv_precision"] = TrainingContext.Round(precision),
            ["cv_recall"] = TrainingContext.Round(recall),
            ["cv_accuracy"] = TrainingContext.Round((tp + tn) / (double)Math.Max(1, tp + fp + fn + tn)),
        };
    }

    private sealed class ScoredRow
    {
        public bool Label { get; set; }

        public bool PredictedLabel { get; set; }
    }

    /// <summary>Positives weigh the ratio of negatives to positives (at most <see cref="MaxPositiveWeight"/>), so both classes count alike.</summary>
    public static IReadOnlyList<SentenceRow> Weighted(IReadOnlyList<SentenceRow> rows)
    {
        var positives = Math.Max(1, rows.Count(r => r.Label));
        var weight = (float)Math.Min(MaxPositiveWeight, (rows.Count - positives) / (double)positives);
        return rows.Select(r => new SentenceRow { Text = r.Text, Section = r.Section, Previous = r.Previous, Label = r.Label, Group = r.Group, Weight = r.Label ? Math.Max(1, weight) : 1 }).ToList();
    }

    public const double MaxPositiveWeight = 10;

    public static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        TextFeatures.Featurize(ml, nameof(SentenceRow.Text), "TextFeatures")
            .Append(TextFeatures.FeaturizeWords(ml, nameof(SentenceRow.Previous), "PreviousFeatures"))
            .Append(ml.Transforms.Categorical.OneHotEncoding("SectionFeatures", nameof(SentenceRow.Section)))
            .Append(ml.Transforms.Concatenate("Features", "TextFeatures", "PreviousFeatures", "SectionFeatures"))
            .Append(ml.BinaryClassification.Trainers.SdcaLogisticRegression(new SdcaLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(SentenceRow.Label),
                FeatureColumnName = "Features",
                ExampleWeightColumnName = nameof(SentenceRow.Weight),
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 50,
            }));
}
