using System.Globalization;
using System.Text;

namespace Ingest.Core.Evaluation;

/// <summary>The agreement comparisons side by side, one row per label or field, as Markdown.</summary>
public static class AgreementReport
{
    /// <summary>Measures of the pipeline's text rather than of anyone's judgement: left out of an agreement table.</summary>
    private static readonly HashSet<string> TextMeasures = new(StringComparer.Ordinal) { "gold sentences verbatim", "sentence boundaries" };

    public static string Markdown(IReadOnlyList<Comparison> comparisons)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| label or field | {string.Join(" | ", comparisons.Select(Header))} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"|---|{string.Concat(comparisons.Select(_ => "---|"))}");
        foreach (var name in Names(comparisons, d => d.Scores.Select(s => s.Name)))
        {
            var cells = comparisons.Select(c => Sum(c.Documents.SelectMany(d => d.Scores).Where(s => s.Name == name).ToList()));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} F1 | {string.Join(" | ", cells)} |");
        }

        foreach (var name in Names(comparisons, d => d.Accuracies.Select(a => a.Name)).Where(n => !TextMeasures.Contains(n)))
        {
            var cells = comparisons.Select(c => Sum(c.Documents.SelectMany(d => d.Accuracies).Where(a => a.Name == name).ToList()));
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {string.Join(" | ", cells)} |");
        }

        // Chance-corrected, as the web UI's double coding reads two coders' ratings: raw agreement on a 1-4
        // scale where most reviews score 3 or 4 flatters anyone who always says 3.
        sb.AppendLine(CultureInfo.InvariantCulture, $"| rating, weighted kappa (quadratic) | {string.Join(" | ", comparisons.Select(c => WeightedKappa(c.Overall)))} |");
        sb.AppendLine(CultureInfo.InvariantCulture, $"| criteria pooled, weighted kappa (quadratic) | {string.Join(" | ", comparisons.Select(c => WeightedKappa(c.Criteria)))} |");
        return sb.ToString();
    }

    private static string WeightedKappa(IReadOnlyList<(int Reference, int Other)> pairs)
    {
        // A reading without a rating (0) has no place on the 1-4 scale; the count shown is of the pairs scored.
        var scored = pairs.Where(p => p.Reference is >= 1 and <= 4 && p.Other is >= 1 and <= 4).ToList();
        return Kappa.Weighted(scored, 1, 4) is { } k ? string.Create(CultureInfo.InvariantCulture, $"{k:0.00} ({scored.Count})") : "-";
    }

    private static string Header(Comparison c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Name} ({c.Documents.Count}: {string.Join(", ", c.Documents.Select(d => d.Id).Distinct())})");

    private static IEnumerable<string> Names(IReadOnlyList<Comparison> comparisons, Func<DocumentScores, IEnumerable<string>> names) =>
        comparisons.SelectMany(c => c.Documents).SelectMany(names).Distinct();

    private static string Sum(IReadOnlyList<Score> scores)
    {
        if (scores.Count == 0)
        {
            return "-";
        }

        var s = scores.Aggregate((a, b) => a + b);
        return string.Create(CultureInfo.InvariantCulture, $"{s.F1:0.000} ({s.TruePositives}/{s.FalsePositives}/{s.FalseNegatives})");
    }

    private static string Sum(IReadOnlyList<Accuracy> accuracies)
    {
        if (accuracies.Count == 0 || accuracies.Sum(a => a.Cases) == 0)
        {
            return "-";
        }

        var a = accuracies.Aggregate((x, y) => x + y);
        return string.Create(CultureInfo.InvariantCulture, $"{a.Value:0.000} ({a.Correct}/{a.Cases})");
    }
}
