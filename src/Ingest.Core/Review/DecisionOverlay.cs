using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Review;

/// <summary>
/// A document as its analysts decided it: the pipeline's suggestions, rating and screening as stored,
/// with the latest final-track decision on each laid over them, and the decisions that found nothing
/// to apply to (their suggestion is gone after a reprocess). Stores keep what the pipeline wrote and
/// what analysts decided apart, and every store reads a document through this one class, so a
/// decision is stored as one small row and survives <c>ingest run --reprocess</c>.
/// </summary>
public static class DecisionOverlay
{
    /// <summary>The document with <paramref name="latestFinal"/> (the latest final-track decision per target) applied.</summary>
    public static StoredDocument Apply(StoredDocument document, IEnumerable<DecisionRecord> latestFinal)
    {
        var overlaid = Apply(document.Annotations, document.Rating, document.Screening, latestFinal);
        return document with { Annotations = overlaid.Annotations, Rating = overlaid.Rating, Screening = overlaid.Screening };
    }

    public static OverlaidReview Apply(IReadOnlyList<Annotation> annotations, ReviewRating? rating, ScreeningDecision? screening, IEnumerable<DecisionRecord> latestFinal)
    {
        var unmatched = new List<DecisionRecord>();
        var onAnnotations = new List<DecisionRecord>();
        foreach (var record in latestFinal)
        {
            switch (record.TargetKind)
            {
                case DecisionTargets.Annotation:
                    onAnnotations.Add(record);
                    break;
                case DecisionTargets.Rating when rating is not null && DecisionSnapshot.Rating(record.After) is { } decided:
                    rating = Rating(rating, decided);
                    break;
                case DecisionTargets.Screening when screening is not null && DecisionSnapshot.Screening(record.After) is { } decided:
                    screening = Screening(screening, decided);
                    break;
                default:
                    unmatched.Add(record);
                    break;
            }
        }

        var result = onAnnotations.Count == 0 ? annotations : ApplyToAnnotations(annotations, onAnnotations, unmatched);
        return new OverlaidReview(result, rating, screening, unmatched);
    }

    /// <summary>The decisions of <paramref name="latestFinal"/> that apply to nothing in this document.</summary>
    public static IReadOnlyList<DecisionRecord> Unmatched(StoredDocument document, IEnumerable<DecisionRecord> latestFinal) =>
        Apply(document.Annotations, document.Rating, document.Screening, latestFinal).Unmatched;

    /// <summary>
    /// A suggestion with a decision laid over it: the status always; label, attributes and source only
    /// once an analyst has edited it, so that a plain accept keeps whatever a newer run found (a force, an agency).
    /// </summary>
    public static Annotation Annotation(Annotation suggestion, Annotation decided) =>
        decided.Source == AnalystSource
            ? suggestion with { Label = decided.Label, Attributes = decided.Attributes, Source = decided.Source, Status = decided.Status }
            : suggestion with { Status = decided.Status };

    /// <summary>The proposed rating (as the latest run made it) with the analyst's confirmation or override.</summary>
    public static ReviewRating Rating(ReviewRating proposed, ReviewRating decided) =>
        proposed with { Confirmed = decided.Confirmed, ConfirmedBy = decided.ConfirmedBy, Reason = decided.Reason };

    /// <summary>The proposed screening (as the latest run made it) with the analyst's confirmation or override.</summary>
    public static ScreeningDecision Screening(ScreeningDecision proposed, ScreeningDecision decided) =>
        proposed with { Confirmed = decided.Confirmed, ConfirmedBy = decided.ConfirmedBy, Reason = decided.Reason };

    /// <summary>What an edit sets as an annotation's source (see the decision stores).</summary>
    public const string AnalystSource = "analyst";

    private static List<Annotation> ApplyToAnnotations(IReadOnlyList<Annotation> annotations, List<DecisionRecord> decisions, List<DecisionRecord> unmatched)
    {
        var result = annotations.ToList();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < result.Count; i++)
        {
            index.TryAdd(result[i].Id, i);
        }

        // Decisions on the suggestion's own id first; a decision whose id is gone then looks for the same
        // label on the same span (a rule suggestion that a model now makes has another id), but never
        // overrides a suggestion decided under its own id.
        var decidedById = new HashSet<int>();
        var others = new List<DecisionRecord>();
        foreach (var record in decisions)
        {
            if (!index.TryGetValue(record.TargetId, out var at))
            {
                others.Add(record);
            }
            else if (DecisionSnapshot.Annotation(record.After) is { } decided)
            {
                result[at] = Annotation(result[at], decided);
                decidedById.Add(at);
            }
        }

        var bySpan = others.Count == 0 ? null : Enumerable.Range(0, result.Count).ToLookup(i => (result[i].Start, result[i].End));
        foreach (var record in others)
        {
            var decided = DecisionSnapshot.Annotation(record.After);
            var original = DecisionSnapshot.Annotation(record.Before);
            var at = decided is null ? -1 : bySpan![(decided.Start, decided.End)]
                .Where(i => result[i].Label == decided.Label || result[i].Label == original?.Label).DefaultIfEmpty(-1).First();
            if (at < 0)
            {
                unmatched.Add(record);
            }
            else if (!decidedById.Contains(at))
            {
                result[at] = Annotation(result[at], decided!);
                decidedById.Add(at);
            }
        }

        return result;
    }
}

/// <summary>What <see cref="DecisionOverlay"/> makes of a document's suggestions, rating and screening.</summary>
/// <param name="Unmatched">Final decisions with nothing left to apply to, oldest target first as given.</param>
public sealed record OverlaidReview(IReadOnlyList<Annotation> Annotations, ReviewRating? Rating, ScreeningDecision? Screening, IReadOnlyList<DecisionRecord> Unmatched);
