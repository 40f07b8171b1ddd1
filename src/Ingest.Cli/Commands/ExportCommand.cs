using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Export;
using Ingest.Core.Export.Brat;
using Ingest.Core.Export.WebAnno;

namespace Ingest.Cli.Commands;

/// <summary>`ingest export --format jsonl|csv|brat|webanno --out &lt;path&gt; [--status ...] [--type SAR ...] [--board ...] [--force ...] [--from date] [--to date]`.</summary>
internal static class ExportCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var format = args.Option("--format") ?? throw new ConfigurationException("command line", "export needs --format jsonl|csv|brat|webanno");
        var outPath = args.Option("--out") ?? throw new ConfigurationException("command line", "export needs --out <path>");
        var status = args.Option("--status") ?? "all";
        var types = args.Options("--type");
        var boards = args.Options("--board");
        var forces = args.Options("--force");
        var from = DateBound(args.Option("--from"), "--from", upper: false);
        var to = DateBound(args.Option("--to"), "--to", upper: true);
        args.RejectUnknown();
        if (status is not ("suggested" or "confirmed" or "all"))
        {
            throw new ConfigurationException("command line", $"--status must be suggested, confirmed or all, not '{status}'");
        }

        if (format is not ("jsonl" or "csv" or "brat" or "webanno"))
        {
            throw new ConfigurationException("command line", $"unknown format '{format}' (jsonl, csv, brat, webanno)");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        var filter = new ExportFilter(status, types) { Boards = boards, Forces = forces, PublishedFrom = from, PublishedTo = to };
        var documents = env.Store.ListAsync(withText: true, cancellationToken);
        int count;
        if (format == "jsonl")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
            await using var stream = File.Create(outPath);
            count = await JsonlExporter.WriteAsync(documents, stream, filter, cancellationToken);
        }
        else if (format == "brat")
        {
            count = await BratExporter.WriteAsync(documents, outPath, filter, cancellationToken);
        }
        else if (format == "webanno")
        {
            var written = await WebAnnoExporter.WriteAsync(documents, outPath, filter, cancellationToken);
            count = written.Written;
            if (written.WithoutText > 0)
            {
                output.WriteLine($"export: {written.WithoutText} document(s) without text left out (WebAnno TSV cannot hold an empty document)");
            }
        }
        else
        {
            count = await CsvExporter.WriteAsync(documents, outPath, filter, cancellationToken);
        }

        output.WriteLine($"export: {count} document(s) written to {outPath} ({format}, annotations: {status})");
        return ExitCodes.Ok;
    }

    private static DateOnly? DateBound(string? value, string option, bool upper) => value is null
        ? null
        : ExportFilter.ParseBound(value, upper) ?? throw new ConfigurationException("command line", $"{option} takes a publication date as 2023-06-15, 2023-06 or 2023, not '{value}'");
}
