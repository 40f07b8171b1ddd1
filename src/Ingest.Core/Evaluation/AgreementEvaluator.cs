using Ingest.Core.Storage;

namespace Ingest.Core.Evaluation;

/// <summary>One way of reading a document against a reference, and the scores it got on each document.</summary>
public sealed record Comparison(string Name, IReadOnlyList<DocumentScores> Documents);

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
    public static IReadOnlyList<(string Comparison, DocumentScores Scores)> Evaluate(GoldFile first, IReadOnlyList<GoldFile> seconds, StoredDocument stored)
    {
        var results = new List<(string, DocumentScores)>();
        foreach (var second in seconds)
        {
            results.Add((AnnotatorsVsGold, DocumentEvaluator.Evaluate(first, GoldAsStored.Dress(second, stored))));
            results.Add((PipelineVsAnnotators, DocumentEvaluator.Evaluate(second, stored)));
        }

        for (var i = 0; i < seconds.Count; i++)
        {
            for (var j = i + 1; j < seconds.Count; j++)
            {
                results.Add((AnnotatorsVsEachOther, DocumentEvaluator.Evaluate(seconds[i], GoldAsStored.Dress(seconds[j], stored))));
            }
        }

        results.Add((PipelineVsGold, DocumentEvaluator.Evaluate(first, stored)));
        return results;
    }

    /// <summary>The comparisons in report order, each with every document it was made on.</summary>
    public static IReadOnlyList<Comparison> Group(IEnumerable<(string Comparison, DocumentScores Scores)> results)
    {
        var all = results.ToList();
        return new[] { AnnotatorsVsGold, AnnotatorsVsEachOther, PipelineVsGold, PipelineVsAnnotators }
            .Select(name => new Comparison(name, all.Where(r => r.Comparison == name).Select(r => r.Scores).ToList()))
            .Where(c => c.Documents.Count > 0)
            .ToList();
    }
}
