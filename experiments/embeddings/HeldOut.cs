namespace Embeddings.Experiment;

/// <summary>
/// The single held-out measurement: models trained on all tuned samples with the frozen choices, scored
/// on the held-out samples. Prints aggregate counts only: no held-out text, no per-document figures.
/// </summary>
public static class HeldOut
{
    public static void Run(IReadOnlyList<Sample> samples, IReadOnlyDictionary<Sample, float[][]> vectors, Choices choices, TextWriter output)
    {
        var tuned = samples.Where(s => !s.Heldout).ToList();
        var heldout = samples.Where(s => s.Heldout).ToList();
        foreach (var good in new[] { true, false })
        {
            var c = choices.Labels[Scoring.LabelOf(good)];
            var emb = Predict(tuned, heldout, vectors, good, FeatureSet.Embedding, c.L2Embedding);
            var both = Predict(tuned, heldout, vectors, good, FeatureSet.EmbeddingAndRule, c.L2EmbeddingAndRule);
            output.WriteLine($"## {Scoring.LabelOf(good)} (trained on {tuned.Count} tuned, scored on {heldout.Count} held-out documents)");
            output.WriteLine("| variant | threshold | P | R | F1 | tp/fp/fn |");
            output.WriteLine("|---|---|---|---|---|---|");
            Row(output, "(a) rules alone", null, Scoring.Sum(heldout.Select(s => Scoring.Rules(s, good))));
            Row(output, "(b) embeddings", c.ThresholdEmbedding, Scoring.Sum(heldout.Select(s => Scoring.Predicted(s, good, emb[s], c.ThresholdEmbedding, Combine.None))));
            Row(output, "(c) embeddings + rule confidence", c.ThresholdEmbeddingAndRule, Scoring.Sum(heldout.Select(s => Scoring.Predicted(s, good, both[s], c.ThresholdEmbeddingAndRule, Combine.None))));
            Row(output, "(d) rules OR embeddings", c.ThresholdOr, Scoring.Sum(heldout.Select(s => Scoring.Predicted(s, good, emb[s], c.ThresholdOr, Combine.Or))));
            Row(output, "(d) rules AND embeddings", c.ThresholdAnd, Scoring.Sum(heldout.Select(s => Scoring.Predicted(s, good, emb[s], c.ThresholdAnd, Combine.And))));
            output.WriteLine();
        }
    }

    private static Dictionary<Sample, float[]> Predict(List<Sample> tuned, List<Sample> heldout, IReadOnlyDictionary<Sample, float[][]> vectors, bool good, FeatureSet features, float l2)
    {
        var train = tuned.SelectMany(s => s.Sentences.Select((x, i) => Classifier.ToRow(x, vectors[s][i], good, features))).ToList();
        var test = heldout.SelectMany(s => s.Sentences.Select((x, i) => Classifier.ToRow(x, vectors[s][i], good, features))).ToList();
        var probability = new Classifier(seed: 5).FitPredict(train, test, l2);
        var result = new Dictionary<Sample, float[]>();
        var offset = 0;
        foreach (var s in heldout)
        {
            result[s] = probability[offset..(offset + s.Sentences.Count)];
            offset += s.Sentences.Count;
        }

        return result;
    }

    private static void Row(TextWriter output, string name, float? threshold, Ingest.Core.Evaluation.Score s) =>
        LeaveOneOut.Row(output, name, threshold, s, null);
}
