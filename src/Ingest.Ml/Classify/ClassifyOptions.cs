using System.Text.Json;
using Ingest.Core.Configuration;
using Ingest.Ml.Models;

namespace Ingest.Ml.Classify;

/// <summary>
/// Options of the "classify" stage: for each sentence model, how its suggestions combine with the rules'
/// annotations of the same label, and the probability thresholds.
/// </summary>
public sealed record ClassifyOptions
{
    /// <summary>Keep the rules' annotations and add none.</summary>
    public const string Rules = "rules";

    /// <summary>Replace the rules' annotations of the label by the model's.</summary>
    public const string Model = "model";

    /// <summary>Keep the rules' and add the model's in sentences the rules left unlabelled.</summary>
    public const string Union = "union";

    /// <summary>Keep only the rules' annotations in sentences the model gives at least <see cref="AgreeThreshold"/>.</summary>
    public const string Agree = "agree";

    public static readonly string[] Modes = [Rules, Model, Union, Agree];

    /// <summary>Per model name: rules, model, union or agree (models not named: rules).</summary>
    public IReadOnlyDictionary<string, string> Combine { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A sentence the model gives at least this probability is of its kind.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>In "agree" mode, a rule annotation stays where the model gives its sentence at least this.</summary>
    public double AgreeThreshold { get; init; } = 0.2;

    public string ModeOf(string model) => Combine.GetValueOrDefault(model, Rules);

    public static ClassifyOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var combine = s.Section(nameof(Combine));
        var modes = ModelNames.SentenceLabels.Keys.ToDictionary(m => m, m => combine.Choice(m, Rules, Modes), StringComparer.Ordinal);
        combine.RejectUnknown();
        var options = new ClassifyOptions
        {
            Combine = modes,
            Threshold = s.Double(nameof(Threshold), 0.5, 0.01, 0.99),
            AgreeThreshold = s.Double(nameof(AgreeThreshold), 0.2, 0.0, 0.99),
        };
        s.RejectUnknown();
        return options;
    }
}
