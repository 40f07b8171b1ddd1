using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;

namespace Ingest.Cli.Commands;

/// <summary>The table `ingest fit-rating` prints: per criterion, agreement with gold under the current and the fitted options.</summary>
internal static class FitRatingReport
{
    public static void Write(RatingFitResult result, TextWriter output)
    {
        output.WriteLine("criterion                  docs  current  fitted  LODO  | thresholds current -> fitted (Two/Three/Four)      | validation current -> fitted | write");
        foreach (var fit in result.Bands)
        {
            output.WriteLine(Line(
                fit.Setting.Criterion, fit.Documents, fit.CurrentAgree, fit.FittedAgree, fit.LeaveOneOutAgree,
                $"{Cut(fit.Current)} -> {Cut(fit.Fitted)}", fit.Validation, fit.Accepted));
        }

        var w = result.Weights;
        output.WriteLine(Line("overall (exact)", w.Documents, w.CurrentExact, w.FittedExact, w.LeaveOneOutExact, "weights below", w.Validation, w.Accepted));
        output.WriteLine("  the overall line scores the weights on the criteria with the thresholds --write sets; LODO refits the weights only");
        output.WriteLine($"  weights current: {Weights(w.Current)}");
        output.WriteLine($"  weights fitted:  {Weights(w.Fitted)}");
        var overall = result.OverallValidation is { } v ? $"; on validation {v.Current} -> {v.Fitted} of {v.Documents}" : string.Empty;
        output.WriteLine($"overall exact with all current options {Of(result.OverallCurrentExact, w.Documents)}, with the options --write sets {Of(WrittenExact(result, w), w.Documents)}{overall}");
    }

    private static int WrittenExact(RatingFitResult result, WeightFit w) => w.Accepted ? w.FittedExact : w.CurrentExact;

    private static string Line(string name, int documents, int current, int fitted, int leaveOneOut, string thresholds, ValidationAgreement? validation, bool accepted) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{name,-26} {documents,4}  {current,7}  {fitted,6}  {leaveOneOut,4}  | {thresholds,-50} | {(validation is { } v ? $"{v.Current} -> {v.Fitted} of {v.Documents}" : "-"),-28} | {(accepted ? "yes" : "no")}");

    private static string Of(int count, int documents) => string.Create(CultureInfo.InvariantCulture, $"{count}/{documents} ({(documents == 0 ? 0 : (double)count / documents):0.000})");

    private static string Cut(Bands b) => string.Create(CultureInfo.InvariantCulture, $"{b.Two:0.###}/{b.Three:0.###}/{b.Four:0.###}");

    private static string Weights(IReadOnlyDictionary<string, double> weights) =>
        string.Join(", ", RatingCriteria.All.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c} {weights.GetValueOrDefault(c, 1):0.##}")));
}
