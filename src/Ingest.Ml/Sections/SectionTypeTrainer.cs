using Ingest.Ml.Models;
using Ingest.Ml.Training;
using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms.Text;

namespace Ingest.Ml.Sections;

/// <summary>
/// The section-type model: multiclass (SDCA maximum entropy) over the tuned reviews' gold headings, with
/// the heading's words (word 1-2 grams, char 3-grams), its context tokens and its body's first words as
/// separate feature groups. Cross-validated by review, and compared there with the rules alone and with
/// the rules first and the model only where they fall back (<see cref="SectionTypeCombiner"/>).
/// </summary>
public static class SectionTypeTrainer
{
    public const string TrainerName = "FeaturizeText(heading word 1-2 + char 3; context tokens; body words) + SdcaMaximumEntropy";

    public const int Folds = 8;

    public static TrainedModel Train(IReadOnlyList<SectionTypeRow> rows, TrainingContext context)
    {
        var comparison = CrossValidate(rows, context);
        var ml = context.NewContext();
        var data = ml.Data.LoadFromEnumerable(rows);
        var card = context.Card(ModelNames.SectionType, "multiclass section type of a heading", TrainerName, TrainingContext.Hash(rows.Select(r => $"{r.Label}\t{r.Group}\t{r.Heading}\t{r.Context}\t{r.Body}")), rows.Count) with
        {
            Labels = rows.Select(r => r.Label).Distinct().Order(StringComparer.Ordinal).ToList(),
            LabelCounts = rows.GroupBy(r => r.Label).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count()),
            Metrics = comparison.Metrics(),
            Evaluation = $"{Folds}-fold cross-validation by review (a review's headings in one fold); rules accuracy is in sample (the table was written on these reviews)",
        };
        return new TrainedModel(Pipeline(ml).Fit(data), data.Schema, card);
    }

    /// <summary>Accuracy of the rules alone, the model alone and the combination, each heading predicted by a model that never saw its review.</summary>
    public static SectionTypeComparison CrossValidate(IReadOnlyList<SectionTypeRow> rows, TrainingContext context)
    {
        int rules = 0, model = 0, combined = 0, fallback = 0, fallbackRules = 0, fallbackModel = 0, tested = 0;
        foreach (var (train, test) in GroupedFolds.Split(rows, r => r.Group, Folds))
        {
            var ml = context.NewContext();
            var fitted = Fit(ml, train);
            var engine = ml.Model.CreatePredictionEngine<SectionTypeRow, SectionTypePrediction>(fitted);
            foreach (var row in test)
            {
                var predicted = engine.Predict(row).PredictedType;
                tested++;
                rules += row.RuleType == row.Label ? 1 : 0;
                model += predicted == row.Label ? 1 : 0;
                combined += SectionTypeCombiner.Combine(row, predicted) == row.Label ? 1 : 0;
                if (!row.RuleSpecific)
                {
                    fallback++;
                    fallbackRules += row.RuleType == row.Label ? 1 : 0;
                    fallbackModel += predicted == row.Label ? 1 : 0;
                }
            }
        }

        return new SectionTypeComparison(tested, rules, model, combined, fallback, fallbackRules, fallbackModel);
    }

    /// <summary>Fits the model's pipeline to <paramref name="rows"/> (for cross-validation and comparisons).</summary>
    public static ITransformer Fit(MLContext ml, IEnumerable<SectionTypeRow> rows) => Pipeline(ml).Fit(ml.Data.LoadFromEnumerable(rows));

    /// <summary>
    /// "On arrival", as the rules were measured when each new batch of reviews came: the reviews in name
    /// order, the last <paramref name="batches"/> batches of <paramref name="batchSize"/> each predicted by
    /// a model trained only on the reviews before that batch.
    /// </summary>
    public static IReadOnlyList<(string First, string Last, int Headings, int ModelRight)> OnArrival(IReadOnlyList<SectionTypeRow> rows, TrainingContext context, int batchSize = 8, int batches = 3)
    {
        var groups = rows.Select(r => r.Group).Distinct().Order(StringComparer.Ordinal).ToList();
        var results = new List<(string, string, int, int)>();
        for (var start = Math.Max(1, groups.Count - (batchSize * batches)); start < groups.Count; start += batchSize)
        {
            var batch = groups.Skip(start).Take(batchSize).ToHashSet(StringComparer.Ordinal);
            var before = groups.Take(start).ToHashSet(StringComparer.Ordinal);
            var ml = context.NewContext();
            var engine = ml.Model.CreatePredictionEngine<SectionTypeRow, SectionTypePrediction>(Fit(ml, rows.Where(r => before.Contains(r.Group))));
            var test = rows.Where(r => batch.Contains(r.Group)).ToList();
            results.Add((batch.Min(StringComparer.Ordinal)!, batch.Max(StringComparer.Ordinal)!, test.Count, test.Count(r => engine.Predict(r).PredictedType == r.Label)));
        }

        return results;
    }

    private static IEstimator<ITransformer> Pipeline(MLContext ml) =>
        ml.Transforms.Conversion.MapValueToKey("LabelKey", nameof(SectionTypeRow.Label))
            .Append(TextFeatures.Featurize(ml, nameof(SectionTypeRow.Heading), "HeadingFeatures"))
            .Append(ml.Transforms.Text.FeaturizeText("ContextFeatures", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.None,
                KeepPunctuations = true,
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
                CharFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(SectionTypeRow.Context)))
            .Append(ml.Transforms.Text.FeaturizeText("BodyFeatures", new TextFeaturizingEstimator.Options
            {
                CaseMode = TextNormalizingEstimator.CaseMode.Lower,
                KeepPunctuations = false,
                StopWordsRemoverOptions = new StopWordsRemovingEstimator.Options(),
                WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 1 },
                CharFeatureExtractor = null,
                Norm = TextFeaturizingEstimator.NormFunction.L2,
            }, nameof(SectionTypeRow.Body)))
            .Append(ml.Transforms.Concatenate("Features", "HeadingFeatures", "ContextFeatures", "BodyFeatures"))
            .Append(ml.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                LabelColumnName = "LabelKey",
                FeatureColumnName = "Features",
                NumberOfThreads = 1,
                MaximumNumberOfIterations = 50,
            }))
            .Append(ml.Transforms.Conversion.MapKeyToValue("PredictedType", "PredictedLabel"));
}

/// <summary>Cross-validated counts of right section types: rules alone, model alone, rules first and the model where they fall back.</summary>
public sealed record SectionTypeComparison(int Headings, int RulesRight, int ModelRight, int CombinedRight, int Fallback, int FallbackRulesRight, int FallbackModelRight)
{
    public double Rules => Ratio(RulesRight, Headings);

    public double Model => Ratio(ModelRight, Headings);

    public double Combined => Ratio(CombinedRight, Headings);

    public Dictionary<string, double> Metrics() => new(StringComparer.Ordinal)
    {
        ["in_sample_rules_accuracy"] = TrainingContext.Round(Rules),
        ["cv_model_accuracy"] = TrainingContext.Round(Model),
        ["cv_combined_accuracy"] = TrainingContext.Round(Combined),
        ["fallback_headings"] = Fallback,
        ["fallback_rules_accuracy"] = TrainingContext.Round(Ratio(FallbackRulesRight, Fallback)),
        ["cv_fallback_model_accuracy"] = TrainingContext.Round(Ratio(FallbackModelRight, Fallback)),
    };

    private static double Ratio(int right, int of) => of == 0 ? double.NaN : (double)right / of;
}
