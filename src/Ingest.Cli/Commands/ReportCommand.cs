using System.Text;
using Ingest.Cli.Hosting;
using Ingest.Core.Reports;

namespace Ingest.Cli.Commands;

/// <summary>`ingest report [--out report.csv]`: police practice per review type, as CSV (to standard output without --out).</summary>
internal static class ReportCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var outPath = args.Option("--out");
        args.RejectUnknown();
        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        var rows = await CorpusReport.BuildAsync(env.Store.ListAsync(withText: true, cancellationToken), cancellationToken);
        if (outPath is null)
        {
            await CorpusReport.WriteCsvAsync(rows, output, cancellationToken);
            return ExitCodes.Ok;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(outPath))!);
        await using (var file = new StreamWriter(outPath, false, new UTF8Encoding(false)))
        {
            await CorpusReport.WriteCsvAsync(rows, file, cancellationToken);
        }

        output.WriteLine($"report: {rows[^1].Reviews} review(s) in {rows.Count - 1} review type(s) written to {outPath}");
        return ExitCodes.Ok;
    }
}
