using Ingest.Core.Evaluation;

namespace Embeddings.Experiment;

/// <summary>The choices frozen by the tuned LODO run, applied unchanged to the held-out samples.</summary>
public sealed record Choices(Dictionary<string, LabelChoices> Labels);

/// <param name="L2Embedding">L2 weight for the embedding-only model (also used inside OR / AND).</param>
public sealed record LabelChoices(float L2Embedding, float L2EmbeddingAndRule, float ThresholdEmbedding, float ThresholdEmbeddingAndRule, float ThresholdOr, float ThresholdAnd);

/// <summary>
/// Left-one-document-out over the tuned samples: each document is predicted by a model trained on the
/// other 23. The L2 weight and each variant's threshold are picked on the pooled out-of-fold scores; a
/// nested figure (threshold picked on the other 23 documents' out-of-fold scores only) shows how much that
/// pick flatters the pooled one.
/// </summary>
public sealed class LeaveOneOut(IReadOnlyList<Sample> tuned, IReadOnlyDictionary<Sample, float[][]> vectors)
{
    public static readonly float[] L2Grid = [0.001f, 0.01f, 0.1f, 1f, 10f];

    private static readonly float[] CurvePoints = [0.1f, 0.2f, 0.3f, 0.5f, 0.7f, 0.9f];

    public static readonly float[] Thresholds = Enumerable.Range(1, 49).Select(i => i / 50f).ToArray();

    public Choices Run(TextWriter output)
    {
        var labels = new Dictionary<string, LabelChoices>(StringComparer.Ordinal);
        foreach (var good in new[] { true, false })
        {
            labels[Scoring.LabelOf(good)] = RunLabel(good, output);
        }

        return new Choices(labels);
    }

    private LabelChoices RunLabel(bool good, TextWriter output)
    {
        var label = Scoring.LabelOf(good);
        output.WriteLine($"## {label} (LODO over {tuned.Count} tuned documents)");
        var (l2Emb, oofEmb) = PickL2(good, FeatureSet.Embedding, output);
        var (l2Both, oofBoth) = PickL2(good, FeatureSet.EmbeddingAndRule, output);
        var rules = Scoring.Sum(tuned.Select(s => Scoring.Rules(s, good)));
        var emb = Sweep(good, oofEmb, Combine.None);
        var both = Sweep(good, oofBoth, Combine.None);
        var or = Sweep(good, oofEmb, Combine.Or);
        var and = Sweep(good, oofEmb, Combine.And);
        output.WriteLine();
        output.WriteLine("| variant | threshold | P | R | F1 | tp/fp/fn | nested-threshold P / R / F1 |");
        output.WriteLine("|---|---|---|---|---|---|---|");
        Row(output, "(a) rules alone", null, rules, null);
        Row(output, $"(b) embeddings (L2 {l2Emb})", emb.Threshold, emb.Pooled, emb.Nested);
        Row(output, $"(c) embeddings + rule confidence (L2 {l2Both})", both.Threshold, both.Pooled, both.Nested);
        Row(output, "(d) rules OR embeddings", or.Threshold, or.Pooled, or.Nested);
        Row(output, "(d) rules AND embeddings", and.Threshold, and.Pooled, and.Nested);
        output.WriteLine();
        Curve(good, oofEmb, Combine.None, "(b) embeddings", output);
        Curve(good, oofEmb, Combine.Or, "(d) rules OR embeddings", output);
        var outsideRules = tuned.Sum(s => s.Sentences.Where((x, i) => oofBoth[s][i] >= both.Threshold && (good ? x.RuleGood : x.RuleMissed) == 0).Count());
        output.WriteLine($"(c) sentences flagged where the rule did not fire: {outsideRules}; tuned sentences a rule of this label touches: {tuned.Sum(s => s.Sentences.Count(x => (good ? x.RuleGood : x.RuleMissed) > 0))} of {tuned.Sum(s => s.Sentences.Count)}");
        output.WriteLine();
        PerDocument(good, oofBoth, both.Threshold, output);
        return new LabelChoices(l2Emb, l2Both, emb.Threshold, both.Threshold, or.Threshold, and.Threshold);
    }

    private (float L2, Dictionary<Sample, float[]> Oof) PickL2(bool good, FeatureSet features, TextWriter output)
    {
        (float L2, Dictionary<Sample, float[]> Oof, double F1) best = (0, [], -1);
        foreach (var l2 in L2Grid)
        {
            var oof = OutOfFold(good, features, l2);
            var sweep = Sweep(good, oof, Combine.None);
            output.WriteLine($"  {features} L2 {l2}: best pooled F1 {sweep.Pooled.F1:0.000} at threshold {sweep.Threshold:0.00}");
            if (sweep.Pooled.F1 > best.F1)
            {
                best = (l2, oof, sweep.Pooled.F1);
            }
        }

        return (best.L2, best.Oof);
    }

    private Dictionary<Sample, float[]> OutOfFold(bool good, FeatureSet features, float l2)
    {
        var classifier = new Classifier(seed: 5);
        var rows = tuned.ToDictionary(s => s, s => s.Sentences.Select((x, i) => Classifier.ToRow(x, vectors[s][i], good, features)).ToList());
        return tuned.ToDictionary(test => test, test => classifier.FitPredict(tuned.Where(s => s != test).SelectMany(s => rows[s]).ToList(), rows[test], l2));
    }

    /// <summary>Scores at every threshold; the pooled pick, and the nested pick (each document judged at the threshold best for the other 23).</summary>
    private (float Threshold, Score Pooled, Score Nested) Sweep(bool good, Dictionary<Sample, float[]> oof, Combine combine)
    {
        var table = tuned.ToDictionary(s => s, s => Thresholds.Select(t => Scoring.Predicted(s, good, oof[s], t, combine)).ToArray());
        var best = BestIndex(tuned, table);
        var nested = Scoring.Sum(tuned.Select(test => table[test][BestIndex(tuned.Where(s => s != test).ToList(), table)]));
        return (Thresholds[best], Scoring.Sum(tuned.Select(s => table[s][best])), nested);
    }

    private static int BestIndex(IReadOnlyList<Sample> docs, Dictionary<Sample, Score[]> table) =>
        Enumerable.Range(0, Thresholds.Length).MaxBy(i => Scoring.Sum(docs.Select(d => table[d][i])).F1);

    /// <summary>Pooled precision / recall at a few thresholds: what recall the model buys and at what precision.</summary>
    private void Curve(bool good, Dictionary<Sample, float[]> oof, Combine combine, string name, TextWriter output)
    {
        var points = CurvePoints.Select(t => (t, Scoring.Sum(tuned.Select(s => Scoring.Predicted(s, good, oof[s], t, combine)))));
        output.WriteLine($"{name} curve (threshold: P/R): " + string.Join("; ", points.Select(p => $"{p.t:0.0}: {p.Item2.Precision:0.00}/{p.Item2.Recall:0.00}")));
    }

    private void PerDocument(bool good, Dictionary<Sample, float[]> oof, float threshold, TextWriter output)
    {
        output.WriteLine("| doc | rules F1 | (c) F1 | rules R | (c) R |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var s in tuned)
        {
            var r = Scoring.Rules(s, good);
            var c = Scoring.Predicted(s, good, oof[s], threshold, Combine.None);
            output.WriteLine($"| {s.Id} | {r.F1:0.000} | {c.F1:0.000} | {r.Recall:0.000} | {c.Recall:0.000} |");
        }

        output.WriteLine();
    }

    public static void Row(TextWriter output, string name, float? threshold, Score s, Score? nested) =>
        output.WriteLine($"| {name} | {(threshold is { } t ? t.ToString("0.00") : "-")} | {s.Precision:0.000} | {s.Recall:0.000} | {s.F1:0.000} | {s.TruePositives}/{s.FalsePositives}/{s.FalseNegatives} | {(nested is { } n ? $"{n.Precision:0.000} / {n.Recall:0.000} / {n.F1:0.000}" : "-")} |");
}
