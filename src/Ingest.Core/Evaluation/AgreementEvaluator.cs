using Ingest.Core.Storage;

namespace Ingest.Core.Evaluation;

/// <summary>One reading of a review against a reference: its scores, and the 1-4 ratings of both side by side.</summary>
/// <param name="Overall">(reference, other) overall rating, where both rated the review.</param>
/// <param name="Criteria">(reference, other) for each criterion both scored.</param>
public sealed record ComparedReading(string Comparison, DocumentScores Scores, IReadOnlyList<(int Reference, int Other)> Overall, IReadOnlyList<(int Reference, int Other)> Criteria);

/// <summary>One way of reading a document against a reference, over every review it was made on.</summary>
public sealed record Comparison(string Name, IReadOnlyList<DocumentScores> Documents, IReadOnlyList<(int Reference, int Other)> Overall, IReadOnlyList<(int Reference, int Other)> Criteria);

/// <summary>
/// Inter-annotator agreement, scored by the same rules as the pipeline: second annotators against the
/// gold, second annotators against one another (where two marked the same review), and the pipeline
/// against both on the same reviews. How far two careful people agree on a label is the ceiling
/// against which the pipeline's figure for it should be read.
/// </summary>
public static class AgreementEvaluator
{
    public const string AnnotatorsVsGold = "second annotator vs gold";
    public const string AnnotatorsVsEachOther = "second annotators vs each other";
    public const string PipelineVsGold = "pipeline vs gold";
    public const string PipelineVsAnnotators = "pipeline vs second annotator";

    /// <param name="first">The gold of one review.</param>
    /// <param name="seconds">The other annotators' gold of the same review.</param>
    /// <param name="stored">What the pipeline stored for it: its text is the text every annotation is located in.</param>
    public static IReadOnlyList<ComparedReading> Evaluate(GoldFile first, IReadOnlyList<GoldFile> seconds, StoredDocument stored)
    {
        var results = new List<ComparedReading>();
        foreach (var second in seconds)
        {
            results.Add(Read(AnnotatorsVsGold, first, GoldAsStored.Dress(second, stored)));
            results.Add(Read(PipelineVsAnnotators, second, stored));
        }

        for (var i = 0; i < seconds.Count; i++)
        {
            for (var j = i + 1; j < seconds.Count; j++)
            {
                results.Add(Read(AnnotatorsVsEachOther, seconds[i], GoldAsStored.Dress(seconds[j], stored)));
            }
        }

        results.Add(Read(PipelineVsGold, first, stored));
        return results;
    }

    /// <summary>The comparisons in report order, each with every document it was made on.</summary>
    public static IReadOnlyList<Comparison> Group(IEnumerable<ComparedReading> results)
    {
        var all = results.ToList();
        return new[] { AnnotatorsVsGold, AnnotatorsVsEachOther, PipelineVsGold, PipelineVsAnnotators }
            .Select(name => all.Where(r => r.Comparison == name).ToList())
            .Where(readings => readings.Count > 0)
            .Select(readings => new Comparison(
                readings[0].Comparison,
                readings.Select(r => r.Scores).ToList(),
                readings.SelectMany(r => r.Overall).ToList(),
                readings.SelectMany(r => r.Criteria).ToList()))
            .ToList();
    }

    private static ComparedReading Read(string comparison, GoldFile reference, StoredDocument other)
    {
        var scores = DocumentEvaluator.Evaluate(reference, other);
        if (reference.Quality is not { Rating: >= 1 } quality || other.Rating is not { } rating)
        {
            return new ComparedReading(comparison, scores, [], []);
        }

        var criteria = quality.Criteria
            .Where(c => rating.Criteria.ContainsKey(c.Key))
            .Select(c => (c.Value, rating.Criteria[c.Key].Score))
            .ToList();
        return new ComparedReading(comparison, scores, [(quality.Rating, rating.Suggested)], criteria);
    }
}
