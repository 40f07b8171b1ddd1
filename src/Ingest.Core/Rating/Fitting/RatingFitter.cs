using System.Text.Json.Nodes;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Fitting;

/// <summary>
/// The fit of the rate options on tuned gold: each banded criterion's thresholds, then the overall
/// weights on the criterion scores those thresholds give. <see cref="Written"/> is the current options
/// with only the accepted fits in (left-one-document-out not worse than the current settings).
/// </summary>
public sealed record RatingFitResult(IReadOnlyList<BandFit> Bands, WeightFit Weights, RateOptions Current, RateOptions Written, int OverallCurrentExact)
{
    /// <summary>Overall exact agreement on the validation documents with the current options and with <see cref="Written"/>.</summary>
    public ValidationAgreement? OverallValidation { get; init; }

    /// <summary>The rate options that change, as pipeline.json's rate stage takes them.</summary>
    public JsonObject WrittenJson()
    {
        var json = new JsonObject();
        foreach (var fit in Bands.Where(f => f.Accepted))
        {
            json[fit.Setting.OptionKey] = new JsonObject { ["Two"] = fit.Fitted.Two, ["Three"] = fit.Fitted.Three, ["Four"] = fit.Fitted.Four };
        }

        if (Weights.Accepted)
        {
            json[nameof(RateOptions.Weights)] = new JsonObject(RatingCriteria.All.Select(c => KeyValuePair.Create(c, (JsonNode?)JsonValue.Create(Weights.Fitted[c]))));
        }

        return json;
    }
}

public static class RatingFitter
{
    public static RatingFitResult Fit(RateOptions current, IReadOnlyList<RatingFitDocument> documents, IReadOnlyList<RatingFitDocument> validation)
    {
        var bands = BandedSetting.All.Select(s => BandFitter.Fit(s, current, documents, validation)).ToList();
        var written = bands.Where(f => f.Accepted).Aggregate(current, (options, f) => f.Setting.Set(options, f.Fitted));
        var weights = WeightFitter.Fit(current.Weights, Overall(written, documents), Overall(written, validation), current.RoundUpFrom);
        if (weights.Accepted)
        {
            written = written with { Weights = weights.Fitted };
        }

        var before = Overall(current, documents).Count(d => WeightFitter.Exact(current.Weights, d, current.RoundUpFrom));
        var result = new RatingFitResult(bands, weights, current, written, before);
        return validation.Count == 0 ? result : result with
        {
            OverallValidation = new ValidationAgreement(
                validation.Count,
                Overall(current, validation).Count(d => WeightFitter.Exact(current.Weights, d, current.RoundUpFrom)),
                Overall(written, validation).Count(d => WeightFitter.Exact(written.Weights, d, written.RoundUpFrom))),
        };
    }

    /// <summary>Each document's nine criterion scores under the options, beside its gold overall rating.</summary>
    public static List<OverallFitDocument> Overall(RateOptions options, IReadOnlyList<RatingFitDocument> documents)
    {
        var criteria = RateStage.CreateCriteria(options);
        return documents.Select(d => new OverallFitDocument(d.Id, criteria.ToDictionary(c => c.Name, c => c.Score(d.Input), StringComparer.Ordinal), d.Gold.Rating)).ToList();
    }
}
