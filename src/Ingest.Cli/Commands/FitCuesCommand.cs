using System.Globalization;
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
        var validateFolder = args.Option("--validate");
        var l2Text = args.Option("--l2");
        args.RejectUnknown();
        var l2 = PracticeCueFitter.DefaultL2;
        if (l2Text is not null && (!double.TryParse(l2Text, NumberStyles.Float, CultureInfo.InvariantCulture, out l2) || l2 < 0))
        {
            throw new ConfigurationException("command line", $"--l2 must be a number of zero or more, not '{l2Text}'");
        }

        if (write is not null && !File.Exists(write))
        {
            throw new ConfigurationException("command line", $"--write names no existing cue file: {write}");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken, buildStages: false);
        var documents = await LoadAsync(env, goldFolder, cancellationToken);
        if (documents.Count < 2)
        {
            // Fitting on nothing would write the prior over the weights; one document leaves none out.
            throw new ConfigurationException("command line", $"fit-cues needs at least two tuned gold documents in {goldFolder}, found {documents.Count}");
        }

        var validation = validateFolder is null ? [] : await LoadAsync(env, validateFolder, cancellationToken);
        output.WriteLine($"fit-cues: {documents.Count} tuned gold documents ({string.Join(", ", documents.Select(d => d.Gold.Id))}), L2 {l2.ToString(CultureInfo.InvariantCulture)}"
            + (validation.Count > 0 ? $", validated on {string.Join(", ", validation.Select(d => d.Gold.Id))}" : string.Empty));
        var fits = new List<CueFit>
        {
            Fit(Labels.GoodPractice, Of(documents, g => g.GoodPracticeSentences), Of(validation, g => g.GoodPracticeSentences), l2, output),
            Fit(Labels.MissedOpportunity, Of(documents, g => g.MissedOpportunitySentences), Of(validation, g => g.MissedOpportunitySentences), l2, output),
        };

        if (write is not null)
        {
            // Written beside it and moved over it, so an interrupted write never leaves half a cue file.
            var written = write + ".tmp";
            await File.WriteAllTextAsync(written, PracticeCueFitter.Rewrite(await File.ReadAllTextAsync(write, cancellationToken), fits), cancellationToken);
            File.Move(written, write, overwrite: true);
            output.WriteLine($"fit-cues: wrote {write} (rebuild Ingest.Core, then rerun the pipeline and eval)");
        }

        return ExitCodes.Ok;
    }

    private static List<CueFitDocument> Of(List<(GoldFile Gold, TaggingContext Context)> documents, Func<GoldFile, List<string>> sentences) =>
        documents.Select(d => new CueFitDocument(d.Gold.Id, d.Context, sentences(d.Gold))).ToList();

    /// <summary>The tuned gold documents of a folder with their stored text and sections (held-out ones are never read).</summary>
    private static async Task<List<(GoldFile Gold, TaggingContext Context)>> LoadAsync(IngestEnvironment env, string goldFolder, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(goldFolder))
        {
            throw new ConfigurationException("command line", $"no such gold folder: {goldFolder}");
        }

        var documents = new List<(GoldFile Gold, TaggingContext Context)>();
        foreach (var gold in GoldFile.LoadFolder(goldFolder).Where(g => !g.Heldout))
        {
            var stored = await gold.DocumentIdAsync(cancellationToken) is { } id ? await env.Store.GetAsync(id, cancellationToken) : null;
            if (stored?.Extracted is not { } extracted || stored.Status != DocumentStatus.Ingested)
            {
                throw new ConfigurationException("command line", $"{gold.Id} is not ingested in this store: run `ingest run {goldFolder}` first");
            }

            documents.Add((gold, TaggingContext.For(extracted.Text, stored.Sections, stored.Metadata)));
        }

        return documents;
    }

    private static CueFit Fit(string label, IReadOnlyList<CueFitDocument> documents, IReadOnlyList<CueFitDocument> validation, double l2, TextWriter output)
    {
        var fit = PracticeCueFitter.Fit(label, documents, validation, l2);
        var validated = fit.ValidationF1 is { } v
            ? string.Create(CultureInfo.InvariantCulture, $"; validation F1 {v.Fitted:0.000} fitted, {v.Current:0.000} with the file's weights")
            : string.Empty;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {fit.Positives} of {fit.Sentences} sentences; bias {fit.Bias:0.0}, threshold {fit.Threshold:0.00}, F1 left-one-document-out {fit.LeaveOneOutF1:0.000}{validated}"));
        foreach (var (name, weight) in fit.Weights)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-24} {weight,6:0.0}"));
        }

        return fit;
    }
}
