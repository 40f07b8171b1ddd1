using Ingest.Core.Documents;

namespace Ingest.Core.Evaluation;

/// <summary>
/// Recommendations (CONTRACT §4): a gold recommendation is found when a recommendation annotation
/// overlaps at least half of its text; its agencies are right when the sets are equal.
/// </summary>
public static class RecommendationEvaluator
{
    public static void Score(GoldFile gold, string text, IReadOnlyList<Annotation> annotations, List<Score> scores, List<Accuracy> accuracies, List<string> misses)
    {
        var found = annotations.Where(a => a.Label == Labels.Recommendation).ToList();
        var matched = new HashSet<Annotation>();
        int tp = 0, fn = 0, agenciesRight = 0;
        foreach (var g in gold.Recommendations)
        {
            var spans = LabelEvaluator.Locate(text, g.Text);
            var hit = spans.Count == 0 ? null : found.Where(a => !matched.Contains(a))
                .Select(a => (a, Overlap: Math.Min(a.End, spans[0].End) - Math.Max(a.Start, spans[0].Start)))
                .Where(x => x.Overlap * 2 >= spans[0].End - spans[0].Start)
                .OrderByDescending(x => x.Overlap)
                .Select(x => x.a)
                .FirstOrDefault();
            if (hit is null)
            {
                fn++;
                misses.Add($"recommendation missed: {g.Number} {g.Text}");
                continue;
            }

            matched.Add(hit);
            tp++;
            var expected = g.Agencies.Distinct().Order(StringComparer.Ordinal).ToList();
            var actual = (hit.Attributes.Agencies ?? []).Distinct().Order(StringComparer.Ordinal).ToList();
            if (expected.SequenceEqual(actual))
            {
                agenciesRight++;
            }
            else
            {
                misses.Add($"recommendation agencies: [{string.Join(", ", expected)}] found [{string.Join(", ", actual)}] for {g.Number} {Short(g.Text)}");
            }
        }

        foreach (var extra in found.Where(a => !matched.Contains(a)))
        {
            misses.Add($"recommendation not in gold: {Short(extra.Text)}");
        }

        if (gold.Recommendations.Count > 0 || found.Count > 0)
        {
            scores.Add(new Score("recommendations", tp, found.Count - matched.Count, fn));
            accuracies.Add(new Accuracy("recommendation agencies exact", agenciesRight, tp));
        }
    }

    private static string Short(string s) => s.Length > 90 ? s[..90] + "..." : s;
}
