using Ingest.Core.Evaluation;

namespace Ingest.Core.Rating.Fitting;

/// <summary>One tuned gold document to fit on: what the criteria read from the store, and its gold rating.</summary>
public sealed record RatingFitDocument(string Id, RatingInput Input, GoldQuality Gold);
