using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Microsoft.ML;
using Microsoft.ML.Trainers;

namespace Ingest.Ml.Training;

/// <summary>
/// The recommendation-agency model: multiclass (SDCA maximum entropy) over one row per recommendation and
/// agency, so that its per-agency scores rank the agencies a recommendation is for (CONTRACT §5 vocabulary).
/// </summary>
public static class AgencyTrainer
{
    public const string TrainerName = "FeaturizeText(word 1-2, char 3) + SdcaMaximumEntropy";

    public static TrainedModel Train(IReadOnlyList<AgencyRow> rows, TrainingContext context)
    {
        var ml = context.NewContext();
        var data = ml.Data.LoadFromEnumerable(rows);
        var pipeline = Pipeline(ml);
        var folds = ml.MulticlassClassification.CrossValidate(data, pipeline, TrainingContext.Folds, "Label", samplingKeyColumnName: nameof(AgencyRow.Group), seed: context.Seed);
        var labels = rows.Select(r => r.Agency).Distinct().Order(StringComparer.Ordinal).ToList();
        var card = context.Card(ModelNames.RecommendationAgency, "multiclass recommendation agency", TrainerName, TrainingContext.Hash(rows.Select(r => $"{r.Agency}\t{r.Group}\t{r.Text}")), rows.Count) with
        {
            Labels = labels,
            LabelCounts = rows.GroupBy(r => r.Agency).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Metrics = new Dictionary<string, double>(StringComparer.Ordinal)
            {
                ["cv_micro_accuracy"] = TrainingContext.Round(folds.Average(f => f.Metrics.MicroAccuracy)),
                ["cv_macro_accuracy"] = TrainingContext.Round(folds.Average(f => f.Metrics.MacroAccuracy)),
                ["cv_log_loss"] = TrainingContext.Round(folds.Average(f => f.Metrics.LogLoss)),
            },
            Evaluation = $"{TrainingContext.Folds}-fold cross-validation, a recommendation's rows in one fold",
        };
        return new TrainedModel(pipeline.Fit(data), data.Schema, card);
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("Label", nameof(AgencyRow.Agency))
            .Append(TextFeatures.Featurize(ml, nameof(AgencyRow.Text)))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "Label",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 50,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedAgency", "PredictedLabel"));
}
