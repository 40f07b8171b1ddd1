using Microsoft.ML;

namespace Ingest.Ml.Models;

/// <summary>A fitted model with the schema of its input and its card, ready to be written by <see cref="ModelRepository"/>.</summary>
public sealed record TrainedModel(ITransformer Model, DataViewSchema InputSchema, ModelCard Card);
