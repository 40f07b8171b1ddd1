using Ingest.Core.Documents;
using Ingest.Core.Evaluation;

namespace Embeddings.Experiment;

/// <summary>
/// Scores a set of predicted sentences exactly as `ingest eval` scores annotations (LabelEvaluator): a
/// predicted sentence becomes an annotation over the sentence, and the evaluator counts tp/fp/fn.
/// </summary>
public static class Scoring
{
    public static string LabelOf(bool good) => good ? Labels.GoodPractice : Labels.MissedOpportunity;

    public static Score Rules(Sample s, bool good) => Evaluate(s, good, s.Annotations);

    /// <summary>The model's sentences; with <paramref name="rules"/> Or, the rule annotations too; with And, only sentences the rule also marks.</summary>
    public static Score Predicted(Sample s, bool good, float[] probability, float threshold, Combine rules)
    {
        var label = LabelOf(good);
        var annotations = new List<Annotation>();
        for (var i = 0; i < s.Sentences.Count; i++)
        {
            var sentence = s.Sentences[i];
            var ruled = (good ? sentence.RuleGood : sentence.RuleMissed) > 0;
            var model = probability[i] >= threshold;
            var take = rules switch
            {
                Combine.None => model,
                Combine.Or => model,
                Combine.And => model && ruled,
                _ => throw new ArgumentOutOfRangeException(nameof(rules)),
            };
            if (take)
            {
                annotations.Add(new Annotation($"m{i}", label, sentence.Span.Start, sentence.Span.End, sentence.Text, AnnotationAttributes.None, "model", "suggested", probability[i], "emb-experiment"));
            }
        }

        if (rules == Combine.Or)
        {
            annotations.AddRange(s.Annotations.Where(a => a.Label == label));
        }

        return Evaluate(s, good, annotations);
    }

    private static Score Evaluate(Sample s, bool good, IReadOnlyList<Annotation> annotations) =>
        LabelEvaluator.SentenceScore(s.Id, s.Text, good ? s.GoldGood : s.GoldMissed, annotations, LabelOf(good), []);

    public static Score Sum(IEnumerable<Score> scores) => scores.Aggregate(new Score("sum", 0, 0, 0), (a, b) => a + b);
}

public enum Combine
{
    None,
    Or,
    And,
}
