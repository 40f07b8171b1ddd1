using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Text;
using Ingest.Ml.Data;
using Ingest.Ml.Models;
using Ingest.Ml.Prediction;

namespace Ingest.Ml.Classify;

/// <summary>
/// The "classify" stage: runs the sentence models over the text and combines their suggestions with the
/// rules' annotations as configured (rules alone, model alone, union, or rules the model agrees with).
/// Put it after "tag" and before "rate" in pipeline.json; the models come from pipeline.json's Models.
/// </summary>
public sealed class ClassifyStage : IPipelineStage
{
    public const string StageName = "classify";

    private readonly ClassifyOptions _options;
    private readonly List<(string Model, string Label, string Producer, SentenceClassifier Classifier)> _models = [];

    public ClassifyStage(ClassifyOptions options, ModelSet models)
    {
        _options = options;
        foreach (var (model, label) in ModelNames.SentenceLabels)
        {
            if (options.ModeOf(model) != ClassifyOptions.Rules)
            {
                _models.Add((model, label, $"{model}-model@{models.VersionOf(model)}", models.Sentence(model)));
            }
        }
    }

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        if (document.Extracted is null)
        {
            return StageResult.Fail(document, "the classify stage needs extracted text: put 'extract' and 'tag' before it in pipeline.json");
        }

        var text = document.Text;
        var sentences = SentenceSplitter.Split(text);
        var rows = SentenceContext.Rows(text, sentences, document.Sections);
        var annotations = document.Annotations.Where(a => a.Source != "model").ToList();
        // What the rules said before any model ran: the confident guard reads the rules' other practice label, which
        // an earlier model's combination may already have dropped; with this the outcome does not hang on the models' order.
        var rules = annotations.ToList();
        foreach (var (model, label, producer, classifier) in _models)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var probabilities = rows.Select(classifier.Probability).ToList();
            annotations = SuggestionCombiner.Combine(_options.ModeOf(model), label, producer, text, sentences, probabilities, annotations, _options, document.Sections, rules);
        }

        var ordered = annotations.OrderBy(a => a.Start).ThenBy(a => a.End).ThenBy(a => a.Label, StringComparer.Ordinal).ToList();
        return StageResult.Ok(document with { Annotations = ordered });
    }
}
