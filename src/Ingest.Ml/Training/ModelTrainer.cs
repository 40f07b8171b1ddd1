using Ingest.Ml.Data;
using Ingest.Ml.Models;

namespace Ingest.Ml.Training;

/// <summary>Trains every model of <see cref="ModelNames"/> from one training set and writes each to the repository.</summary>
public static class ModelTrainer
{
    public static IReadOnlyList<(SavedModel Saved, ModelCard Card)> TrainAll(TrainingSet set, ModelRepository repository, int seed, TimeProvider clock, CancellationToken cancellationToken)
    {
        var context = new TrainingContext(seed, clock, set.Documents, set.ConfirmedAnnotations);
        var trained = new List<TrainedModel>();
        foreach (var (name, rows) in set.Sentences.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            trained.Add(SentenceClassifierTrainer.Train(name, rows, context));
        }

        cancellationToken.ThrowIfCancellationRequested();
        trained.Add(AgencyTrainer.Train(set.Agencies, context));
        cancellationToken.ThrowIfCancellationRequested();
        trained.Add(RatingTrainer.Train(set.Ratings, context, set.RatingOptions));
        return trained.Select(t => (repository.Save(context.NewContext(), t), t.Card)).ToList();
    }
}
