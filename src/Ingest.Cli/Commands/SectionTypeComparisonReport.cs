using System.Globalization;
using Ingest.Ml.Sections;
using Ingest.Ml.Training;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest train --compare-section-types`: the learned section-type model against the rules, on the tuned
/// reviews' gold headings, written to the console and nothing saved. Cross-validated by review (rules
/// in sample), and "on arrival" (each of the last batches predicted by a model of the reviews before it),
/// the figure to set beside the rules' on-arrival rate in docs/accuracy.md.
/// </summary>
internal static class SectionTypeComparisonReport
{
    public static void Write(IReadOnlyList<SectionTypeRow> rows, int seed, TextWriter output)
    {
        var context = new TrainingContext(seed, TimeProvider.System, [], 0);
        var c = SectionTypeTrainer.CrossValidate(rows, context);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"section types, {c.Headings} gold headings, {SectionTypeTrainer.Folds}-fold by review: rules alone {c.Rules:0.000} (in sample), model alone {c.Model:0.000}, rules then model where they fall back {c.Combined:0.000}"));
        foreach (var (key, value) in c.Metrics())
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key} {value:0.000}"));
        }

        foreach (var (first, last, headings, right) in SectionTypeTrainer.OnArrival(rows, context))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  on arrival {first}-{last}: model alone {right}/{headings} = {(double)right / headings:0.000} (trained on the reviews before {first})"));
        }
    }
}
