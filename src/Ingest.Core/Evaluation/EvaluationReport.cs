using System.Globalization;
using System.Text;

namespace Ingest.Core.Evaluation;

/// <summary>Sums document scores for the tuned-on and held-out sets and writes them as Markdown.</summary>
public static class EvaluationReport
{
    public static string Markdown(IReadOnlyList<DocumentScores> documents)
    {
        var sb = new StringBuilder();
        foreach (var (name, set) in new[] { ("Tuned on", documents.Where(d => !d.Heldout).ToList()), ("Held out", documents.Where(d => d.Heldout).ToList()) })
        {
            if (set.Count == 0)
            {
                continue;
            }

            sb.AppendLine(CultureInfo.InvariantCulture, $"### {name} ({set.Count} documents: {string.Join(", ", set.Select(d => d.Id))})");
            sb.AppendLine();
            sb.AppendLine("| label | precision | recall | F1 | counts (tp/fp/fn) |");
            sb.AppendLine("|---|---|---|---|---|");
            foreach (var score in set.SelectMany(d => d.Scores).GroupBy(s => s.Name).Select(g => g.Aggregate((a, b) => a + b)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {score.Name} | {score.Precision:0.000} | {score.Recall:0.000} | {score.F1:0.000} | {score.TruePositives}/{score.FalsePositives}/{score.FalseNegatives} |");
            }

            sb.AppendLine();
            sb.AppendLine("| field | accuracy | right / cases |");
            sb.AppendLine("|---|---|---|");
            foreach (var acc in set.SelectMany(d => d.Accuracies).GroupBy(a => a.Name).Select(g => g.Aggregate((a, b) => a + b)))
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| {acc.Name} | {(double.IsNaN(acc.Value) ? "n/a" : acc.Value.ToString("0.000", CultureInfo.InvariantCulture))} | {acc.Correct} / {acc.Cases} |");
            }

            sb.AppendLine();
        }

        return sb.ToString();
    }
}
