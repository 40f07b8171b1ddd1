using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace Embeddings.Experiment;

/// <summary>Which features a classifier sees: the MiniLM vector alone, or with the rule's confidence for the label appended.</summary>
public enum FeatureSet
{
    Embedding,
    EmbeddingAndRule,
}

/// <summary>
/// L2 logistic regression (ML.NET L-BFGS) on a sentence's MiniLM vector. The vector is always 385 wide;
/// without the rule feature its last slot is 0 for every row, which a linear model cannot use.
/// </summary>
public sealed class Classifier(int seed)
{
    public const int Width = EmbeddingCache.Dimensions + 1;

    public sealed class Row
    {
        public bool Label { get; set; }

        [VectorType(Width)]
        public float[] Features { get; set; } = [];
    }

    private sealed class Scored
    {
        public float Probability { get; set; }
    }

    public static Row ToRow(SentenceRow s, float[] vector, bool good, FeatureSet features)
    {
        var f = new float[Width];
        Array.Copy(vector, f, EmbeddingCache.Dimensions);
        f[^1] = features == FeatureSet.EmbeddingAndRule ? (good ? s.RuleGood : s.RuleMissed) : 0f;
        return new Row { Label = good ? s.Good : s.Missed, Features = f };
    }

    /// <summary>Trains on <paramref name="train"/> and returns the probability of the label for each row of <paramref name="test"/>.</summary>
    public float[] FitPredict(IReadOnlyList<Row> train, IReadOnlyList<Row> test, float l2)
    {
        var ml = new MLContext(seed);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            L2Regularization = l2,
            L1Regularization = 0,
            NumberOfThreads = 1,
        });
        var model = trainer.Fit(ml.Data.LoadFromEnumerable(train));
        var scored = model.Transform(ml.Data.LoadFromEnumerable(test));
        return ml.Data.CreateEnumerable<Scored>(scored, reuseRowObject: false).Select(s => s.Probability).ToArray();
    }
}
