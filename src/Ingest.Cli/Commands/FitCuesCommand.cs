using System.Globalization;
using System.Security.Cryptography;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Practice;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest fit-cues --gold corpus-samples --db ... [--write src/Ingest.Core/Data/practice-phrases.tsv]`:
/// refits the weights of the practice tagger's cues (good practice, missed opportunity) on the tuned gold
/// documents already run into the store (held-out ones are never read), prints each weight and the
/// F1 left-one-document-out, and with --write puts them into the tsv. The tsv is embedded in Ingest.Core:
/// rebuild after writing it.
/// </summary>
internal static class FitCuesCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var goldFolder = args.Option("--gold") ?? "corpus-samples";
        var write = args.Option("--write");
        args.RejectUnknown();
        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken, loadModels: false);
        var documents = new List<(GoldFile Gold, TaggingContext Context)>();
        foreach (var gold in GoldFile.LoadFolder(goldFolder).Where(g => !g.Heldout))
        {
            var pdf = Path.Combine(gold.Folder, gold.File);
            var id = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(pdf, cancellationToken)));
            var stored = await env.Store.GetAsync(id, cancellationToken);
            if (stored?.Extracted is not { } extracted || stored.Status != DocumentStatus.Ingested)
            {
                throw new ConfigurationException("command line", $"{gold.Id} is not ingested in this store: run `ingest run {goldFolder}` first");
            }

            documents.Add((gold, TaggingContext.For(extracted.Text, stored.Sections, stored.Metadata)));
        }

        output.WriteLine($"fit-cues: {documents.Count} tuned gold documents ({string.Join(", ", documents.Select(d => d.Gold.Id))})");
        var fits = new List<CueFit>
        {
            Fit(Labels.GoodPractice, documents.Select(d => new CueFitDocument(d.Gold.Id, d.Context, d.Gold.GoodPracticeSentences)).ToList(), output),
            Fit(Labels.MissedOpportunity, documents.Select(d => new CueFitDocument(d.Gold.Id, d.Context, d.Gold.MissedOpportunitySentences)).ToList(), output),
        };

        if (write is not null)
        {
            await File.WriteAllTextAsync(write, PracticeCueFitter.Rewrite(await File.ReadAllTextAsync(write, cancellationToken), fits), cancellationToken);
            output.WriteLine($"fit-cues: wrote {write} (rebuild Ingest.Core, then rerun the pipeline and eval)");
        }

        return ExitCodes.Ok;
    }

    private static CueFit Fit(string label, IReadOnlyList<CueFitDocument> documents, TextWriter output)
    {
        var fit = PracticeCueFitter.Fit(label, documents);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {fit.Positives} of {fit.Sentences} sentences; bias {fit.Bias:0.0}, threshold {fit.Threshold:0.00}, F1 left-one-document-out {fit.LeaveOneOutF1:0.000}"));
        foreach (var (name, weight) in fit.Weights)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {weight,6:0.0}"));
        }

        return fit;
    }
}
