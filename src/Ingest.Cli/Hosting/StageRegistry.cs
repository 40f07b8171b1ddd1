using Ingest.Core.Metadata;
using Ingest.Core.Pipeline;
using Ingest.Core.Rating;
using Ingest.Core.Sections;
using Ingest.Core.Tagging;
using Ingest.Ml.Models;
using Ingest.Pdf;

namespace Ingest.Cli.Hosting;

/// <summary>Every stage this build knows, by the name pipeline.json uses for it.</summary>
internal static class StageRegistry
{
    /// <param name="models">The models pipeline.json names, for the stages that use them (none by default).</param>
    public static StageCatalog Create(ModelSet? models = null) => Catalog(models ?? ModelSet.Empty);

    private static StageCatalog Catalog(ModelSet models) => new StageCatalog()
        .Add(ExtractStage.StageName, (options, path) => new ExtractStage(ExtractOptions.FromJson(options, path)))
        .Add(Pdf.Ocr.OcrStage.StageName, (options, path) => new Pdf.Ocr.OcrStage(Pdf.Ocr.OcrOptions.FromJson(options, path)))
        .Add(SectionsStage.StageName, (options, path) => new SectionsStage(SectionsOptions.FromJson(options, path)))
        .Add(MetadataStage.StageName, (options, path) => NoOptions(new MetadataStage(), options, path))
        .Add(TagStage.StageName, (options, path) => new TagStage(TagOptions.FromJson(options, path)))
        .Add(Ml.Classify.ClassifyStage.StageName, (options, path) => new Ml.Classify.ClassifyStage(Ml.Classify.ClassifyOptions.FromJson(options, path), models))
        .Add(RateStage.StageName, (options, path) => Rate(RateOptions.FromJson(options, path), models));

    /// <summary>The rate stage with the overall rater its options choose: the rules, or the trained model pipeline.json names.</summary>
    private static RateStage Rate(RateOptions options, ModelSet models) =>
        new(options, options.Overall == RateOptions.ModelRater ? models.Rating(options.Weights) : null);

    private static IPipelineStage NoOptions(IPipelineStage stage, System.Text.Json.JsonElement options, string path)
    {
        new Core.Configuration.JsonSection(options, path).RejectUnknown();
        return stage;
    }
}
