using System.Collections.Concurrent;
using Microsoft.ML;

namespace Ingest.Ml.Prediction;

/// <summary>
/// A PredictionEngine is not thread-safe, and making one costs far more than a prediction: keep the idle
/// ones and hand each caller its own for the length of one prediction. The model itself (an ITransformer)
/// is safe to share.
/// </summary>
public sealed class EnginePool<TInput, TOutput>(MLContext ml, ITransformer model)
    where TInput : class
    where TOutput : class, new()
{
    private readonly ConcurrentBag<PredictionEngine<TInput, TOutput>> _idle = [];

    public TOutput Predict(TInput input)
    {
        if (!_idle.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<TInput, TOutput>(model);
        }

        try
        {
            return engine.Predict(input);
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
