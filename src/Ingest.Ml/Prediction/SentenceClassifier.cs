using Ingest.Ml.Data;

namespace Ingest.Ml.Prediction;

/// <summary>A trained binary sentence classifier: the probability that a sentence is of its kind.</summary>
public sealed class SentenceClassifier(string name, EnginePool<SentenceRow, SentencePrediction> pool)
{
    public string Name => name;

    /// <summary>The probability for a sentence seen without its context (no section, nothing before it).</summary>
    public double Probability(string sentence) => Probability(new SentenceRow { Text = sentence });

    /// <summary>The probability for a sentence in its context (<see cref="SentenceContext"/>).</summary>
    public double Probability(SentenceRow row) => pool.Predict(row).Probability;
}
