using System.Globalization;
using Ingest.Core.Evaluation;

namespace Ingest.Core.Tagging.Practice;

/// <summary>One document to fit on: its tagging context and the gold sentences of one practice label.</summary>
public sealed record CueFitDocument(string Id, TaggingContext Context, IReadOnlyList<string> GoldSentences);

/// <summary>What the fitter found for one label: the new weights by row name, the threshold, and F1 left-one-document-out.</summary>
public sealed record CueFit(string Label, double Bias, IReadOnlyDictionary<string, double> Weights, double Threshold, double LeaveOneOutF1, int Sentences, int Positives)
{
    /// <summary>F1 on the validation documents with the fitted weights and with the weights the file had (null without validation documents).</summary>
    public (double Fitted, double Current)? ValidationF1 { get; init; }
}

/// <summary>
/// Refits the weights of practice-phrases.tsv for one label by logistic regression on the tuned gold
/// documents, so that a cue added to the file gets a weight by a procedure anyone can rerun instead of
/// by hand. Each row stays on its own side (a cue never counts against its label, a caveat never for
/// it: the sign of its present weight; a zero row may take either), weights are shrunk towards zero
/// (L2) because a dozen reviews are few, and the threshold is the one that gives the best F1 when each
/// document is scored by weights fitted without it.
/// </summary>
public static class PracticeCueFitter
{
    /// <summary>The L2 penalty: a prior that keeps a cue seen in a handful of sentences near zero.</summary>
    public const double DefaultL2 = 0.3;
    private const int Iterations = 400;
    private const double Step = 0.5;

    public static CueFit Fit(string label, IReadOnlyList<CueFitDocument> documents, IReadOnlyList<CueFitDocument> validation, double l2 = DefaultL2) =>
        Fit(label, documents, validation, PracticePhrases.Default, l2);

    internal static CueFit Fit(string label, IReadOnlyList<CueFitDocument> documents, IReadOnlyList<CueFitDocument> validation, PracticePhrases phrases, double l2)
    {
        var rows = phrases.Scored(label).Where(r => r.Kind != "bias").ToList();
        var data = documents.Select(d => Features(d, label, rows, phrases)).ToList();
        var all = data.SelectMany(d => d).ToList();
        var (bias, weights) = Train(all, rows, l2);

        // Left one document out: every sentence scored by weights that never saw its review.
        var heldOut = new List<(double P, bool Gold)>();
        for (var k = 0; k < data.Count; k++)
        {
            var (b, w) = Train(data.Where((_, j) => j != k).SelectMany(d => d).ToList(), rows, l2);
            heldOut.AddRange(data[k].Select(x => (Probability(b, w, x.Active), x.Gold)));
        }

        var (threshold, f1) = BestThreshold(heldOut);
        bias = Math.Round(bias, 1);
        weights = weights.Select(x => Math.Round(x, 1)).ToArray();
        var named = rows.Select((r, j) => (Name: Key(r.Kind, r.Name), Weight: Math.Round(weights[j], 1))).ToDictionary(x => x.Name, x => x.Weight, StringComparer.Ordinal);
        var fit = new CueFit(label, Math.Round(bias, 1), named, threshold, f1, all.Count, all.Count(x => x.Gold));
        if (validation.Count == 0)
        {
            return fit;
        }

        // Documents neither fitted nor tuned on: the fitted weights against the file's own, each at its threshold.
        var check = validation.SelectMany(d => Features(d, label, rows, phrases)).ToList();
        var currentBias = phrases.Scored(label).FirstOrDefault(r => r.Kind == "bias")?.Weight ?? 0;
        var current = rows.Select(r => r.Weight).ToArray();
        return fit with
        {
            ValidationF1 = (
                F1(check.Select(x => (Probability(bias, weights, x.Active), x.Gold)), threshold),
                F1(check.Select(x => (Probability(currentBias, current, x.Active), x.Gold)), phrases.Threshold(label))),
        };
    }

    /// <summary>The tsv with the fitted weights, bias and threshold written in; every other line as it was.</summary>
    public static string Rewrite(string tsv, IEnumerable<CueFit> fits)
    {
        var byLabel = fits.ToDictionary(f => f.Label, StringComparer.Ordinal);
        var lines = tsv.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var parts = lines[i].Split('\t');
            if (lines[i].StartsWith('#') || parts.Length < 4 || !byLabel.TryGetValue(parts[1], out var fit))
            {
                continue;
            }

            double? weight = parts[0] switch
            {
                "threshold" => fit.Threshold,
                "bias" => fit.Bias,
                _ => fit.Weights.TryGetValue(Key(parts[0], parts[2]), out var w) ? w : null,
            };
            if (weight is { } value)
            {
                parts[3] = value.ToString("0.0#", CultureInfo.InvariantCulture);
                lines[i] = string.Join('\t', parts);
            }
        }

        return string.Join('\n', lines);
    }

    /// <summary>Row names repeat across kinds (a "good_practice" cue and section): kind and name together are unique.</summary>
    public static string Key(string kind, string name) => kind + ":" + name;

    private sealed record Example(int[] Active, bool Gold);

    private static List<Example> Features(CueFitDocument document, string label, List<PracticeRule> rows, PracticePhrases phrases)
    {
        var scorer = new PracticeScorer(document.Context, phrases);
        var text = document.Context.Text;
        var gold = document.GoldSentences.Distinct().SelectMany(g => LabelEvaluator.Locate(text, g)).ToList();
        var index = rows.Select((r, j) => (r, j)).ToDictionary(x => x.r, x => x.j);
        var examples = new List<Example>();
        for (var i = 0; i < document.Context.Sentences.Count; i++)
        {
            if (!scorer.IsCandidate(i))
            {
                continue;
            }

            var s = document.Context.Sentences[i];
            var active = scorer.Matching(i, label).Where(index.ContainsKey).Select(r => index[r]).ToArray();
            examples.Add(new Example(active, gold.Any(g => g.Start < s.End && s.Start < g.End)));
        }

        return examples;
    }

    /// <summary>
    /// Projected, diagonally preconditioned gradient descent on the summed log loss plus an L2 penalty:
    /// each step is scaled by how often the row fires, so a rare cue converges as fast as a common one.
    /// Each weight is kept on its row's side. Starts from the weights in the file, so a rerun is stable.
    /// </summary>
    private static (double Bias, double[] Weights) Train(List<Example> examples, List<PracticeRule> rows, double l2)
    {
        var w = rows.Select(r => r.Weight).ToArray();
        var side = rows.Select(r => Math.Sign(r.Weight)).ToArray();
        var counts = new double[w.Length];
        foreach (var j in examples.SelectMany(x => x.Active))
        {
            counts[j]++;
        }

        var bias = rows.Count == 0 ? 0 : -4.0;
        var gradient = new double[w.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            Array.Clear(gradient);
            var gradientBias = 0.0;
            foreach (var x in examples)
            {
                var error = Probability(bias, w, x.Active) - (x.Gold ? 1 : 0);
                gradientBias += error;
                foreach (var j in x.Active)
                {
                    gradient[j] += error;
                }
            }

            bias -= Step * gradientBias / ((0.25 * Math.Max(1, examples.Count)) + l2);
            for (var j = 0; j < w.Length; j++)
            {
                w[j] -= Step * (gradient[j] + (l2 * w[j])) / ((0.25 * counts[j]) + l2);
                w[j] = side[j] switch { > 0 => Math.Max(0, w[j]), < 0 => Math.Min(0, w[j]), _ => w[j] };
            }
        }

        return (bias, w);
    }

    private static double Probability(double bias, double[] w, int[] active)
    {
        var score = bias;
        foreach (var j in active)
        {
            score += w[j];
        }

        return 1 / (1 + Math.Exp(-score));
    }

    private static double F1(IEnumerable<(double P, bool Gold)> scored, double threshold)
    {
        var list = scored.ToList();
        var tp = list.Count(x => x.P >= threshold && x.Gold);
        var fp = list.Count(x => x.P >= threshold && !x.Gold);
        var fn = list.Count(x => x.P < threshold && x.Gold);
        return tp == 0 ? 0 : 2.0 * tp / ((2.0 * tp) + fp + fn);
    }

    private static (double Threshold, double F1) BestThreshold(List<(double P, bool Gold)> scored)
    {
        var best = (Threshold: 0.5, F1: 0.0);
        for (var t = 0.15; t <= 0.75; t += 0.05)
        {
            var f1 = F1(scored, t);
            if (f1 > best.F1)
            {
                best = (Math.Round(t, 2), f1);
            }
        }

        return best;
    }
}
