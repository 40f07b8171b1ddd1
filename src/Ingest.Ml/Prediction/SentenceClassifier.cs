using Ingest.Ml.Data;

namespace Ingest.Ml.Prediction;

/// <summary>A trained binary sentence classifier: the probability that a sentence is of its kind.</summary>
public sealed class SentenceClassifier(string name, EnginePool<SentenceRow, SentencePrediction> pool)
{
    public string Name => name;

    public double Probability(string sentence) => pool.Predict(new SentenceRow { Text = sentence }).Probability;
}
