namespace Ingest.Core.Evaluation;

/// <summary>Agreement between two coders, chance-corrected: the web UI's double coding and `ingest agree` read it the same way.</summary>
public static class Kappa
{
    /// <summary>
    /// Cohen's kappa for nominal categories: (p_o - p_e) / (1 - p_e). Null with no pairs; 1 when both
    /// coders used one and the same category throughout (no disagreement is possible to correct for).
    /// </summary>
    public static double? Cohen(IReadOnlyList<(string First, string Second)> pairs)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        double n = pairs.Count;
        var observed = pairs.Count(p => p.First == p.Second) / n;
        var first = pairs.GroupBy(p => p.First).ToDictionary(g => g.Key, g => g.Count() / n);
        var second = pairs.GroupBy(p => p.Second).ToDictionary(g => g.Key, g => g.Count() / n);
        var expected = first.Sum(kv => kv.Value * second.GetValueOrDefault(kv.Key));
        return expected >= 1 ? 1 : (observed - expected) / (1 - expected);
    }

    /// <summary>
    /// Weighted kappa for an ordinal scale <paramref name="min"/>..<paramref name="max"/> with quadratic
    /// weights: a 1-vs-4 disagreement counts nine times a 1-vs-2 one. 1 - Σw·o / Σw·e.
    /// </summary>
    public static double? Weighted(IReadOnlyList<(int First, int Second)> pairs, int min, int max)
    {
        if (pairs.Count == 0)
        {
            return null;
        }

        var k = max - min + 1;
        double n = pairs.Count;
        var observed = new double[k, k];
        var rowTotals = new double[k];
        var columnTotals = new double[k];
        foreach (var (a, b) in pairs)
        {
            observed[a - min, b - min] += 1 / n;
            rowTotals[a - min] += 1 / n;
            columnTotals[b - min] += 1 / n;
        }

        double weightedObserved = 0, weightedExpected = 0;
        for (var i = 0; i < k; i++)
        {
            for (var j = 0; j < k; j++)
            {
                var w = (double)((i - j) * (i - j)) / ((k - 1) * (k - 1));
                weightedObserved += w * observed[i, j];
                weightedExpected += w * rowTotals[i] * columnTotals[j];
            }
        }

        return weightedExpected == 0 ? 1 : 1 - (weightedObserved / weightedExpected);
    }
}
