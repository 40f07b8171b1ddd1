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

    /// <summary>
    /// As <see cref="Agree"/>, and add the model's own sentences the rules left unlabelled where it gives at least
    /// <see cref="ConfidentThreshold"/>, outside the sections in <see cref="ConfidentSkip"/>: the rules miss what a new
    /// writer says in words no cue has, and the model, which reads those words, is seldom that sure without cause.
    /// </summary>
    public const string Confident = "confident";

    /// <summary>
    /// Keep the rules' annotations, and add a sentence the rules left unlabelled where the sentence just before or just
    /// after it in its paragraph has a rule annotation of the label and the model gives it at least
    /// <see cref="BesideThreshold"/>: "He was not asked about the injuries." after a police contact, or "The response
    /// that night was prompt." before one, is about that contact without naming the police; the model, which reads the
    /// sentence before, tells it from a sentence that has moved on better than a list of pronouns does.
    /// </summary>
    public const string Beside = "beside";

    public static readonly string[] Modes = [Rules, Model, Union, Agree, Confident, Beside];

    /// <summary>Per model name: one of <see cref="Modes"/> (models not named: rules).</summary>
    public IReadOnlyDictionary<string, string> Combine { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>A sentence the model gives at least this probability is of its kind.</summary>
    public double Threshold { get; init; } = 0.5;

    /// <summary>In "agree" mode, a rule annotation stays where the model gives its sentence at least this.</summary>
    public double AgreeThreshold { get; init; } = 0.2;

    /// <summary>
    /// In "confident" mode, a sentence the rules left unlabelled gets the model's suggestion at or above this. Fitted on
    /// s01-s62 (the best sum of good-practice and missed-opportunity F1 over 0.75-0.96), checked on s63-s74.
    /// </summary>
    public double ConfidentThreshold { get; init; } = 0.87;

    /// <summary>
    /// Per model name: in "confident" mode, a sentence just before or after a rule sentence of its label that the model let
    /// stand, in the same paragraph, gets the model's suggestion at or above this (models not named: only at
    /// <see cref="ConfidentThreshold"/>). A good practice paragraph tells the careful work sentence by sentence, and the
    /// rules' praise cue is often in one sentence of it only.
    /// </summary>
    public IReadOnlyDictionary<string, double> ConfidentBeside { get; init; } = new Dictionary<string, double>(StringComparer.Ordinal);

    /// <summary>
    /// In "beside" mode, a sentence next to one the rules labelled gets the model's suggestion at or above this. Fitted for
    /// police sentences with models trained on s01-s62 only and scored on s63-s74 (0.6-0.7 all gain about 0.011 F1 there);
    /// 0.7 is the one of those that leaves s01-s62 as it was.
    /// </summary>
    public double BesideThreshold { get; init; } = 0.7;

    /// <summary>
    /// Section types (CONTRACT §5) where "confident" mode adds nothing of the model's own: the preface describes the
    /// review and the closing parts what should change, in the words of a finding but not as one.
    /// </summary>
    public IReadOnlySet<string> ConfidentSkip { get; init; } = DefaultConfidentSkip;

    public static readonly IReadOnlySet<string> DefaultConfidentSkip = new HashSet<string>(StringComparer.Ordinal)
    {
        "introduction", "methodology", "recommendations", "action_plan", "appendix", "glossary", "contents", "cover",
    };

    public string ModeOf(string model) => Combine.GetValueOrDefault(model, Rules);

    /// <summary>The <see cref="ConfidentBeside"/> threshold of the label's model; above any probability where it has none.</summary>
    public double ConfidentBesideOf(string label) =>
        ModelNames.SentenceLabels.Where(m => m.Value == label && ConfidentBeside.ContainsKey(m.Key)).Select(m => ConfidentBeside[m.Key]).DefaultIfEmpty(double.PositiveInfinity).First();

    public static ClassifyOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var combine = s.Section(nameof(Combine));
        var modes = ModelNames.SentenceLabels.Keys.ToDictionary(m => m, m => combine.Choice(m, Rules, Modes), StringComparer.Ordinal);
        combine.RejectUnknown();
        var beside = s.Section(nameof(ConfidentBeside));
        var confidentBeside = ModelNames.SentenceLabels.Keys.Where(beside.Has).ToDictionary(m => m, m => beside.Double(m, 0.5, 0.01, 0.999), StringComparer.Ordinal);
        beside.RejectUnknown();
        var options = new ClassifyOptions
        {
            Combine = modes,
            Threshold = s.Double(nameof(Threshold), 0.5, 0.01, 0.99),
            AgreeThreshold = s.Double(nameof(AgreeThreshold), 0.2, 0.0, 0.99),
            ConfidentThreshold = s.Double(nameof(ConfidentThreshold), 0.87, 0.01, 0.999),
            BesideThreshold = s.Double(nameof(BesideThreshold), 0.7, 0.01, 0.999),
            ConfidentBeside = confidentBeside,
            ConfidentSkip = s.Has(nameof(ConfidentSkip)) ? s.Strings(nameof(ConfidentSkip)).ToHashSet(StringComparer.Ordinal) : DefaultConfidentSkip,
        };
        s.RejectUnknown();
        return options;
    }
}
