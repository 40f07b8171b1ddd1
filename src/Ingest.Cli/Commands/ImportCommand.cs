using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Export.Import;

namespace Ingest.Cli.Commands;

/// <summary>`ingest import &lt;file.jsonl&gt;`: loads a JSONL export into the store (CONTRACT §1).</summary>
internal static class ImportCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new ConfigurationException("command line", "import needs one JSONL file (an `ingest export --format jsonl` output)");
        }

        var path = args.Positional[0];
        if (!File.Exists(path))
        {
            throw new ConfigurationException("command line", $"no such file: {path}");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        using var reader = new StreamReader(path);
        var summary = await new JsonlImporter(env.Store, TimeProvider.System).ImportAsync(reader, Path.GetFileName(path), cancellationToken);
        foreach (var p in summary.Problems)
        {
            error.WriteLine($"import: line {p.Line} not imported: {p.Reason}");
        }

        output.WriteLine($"import: {summary.Imported} document(s) imported, {summary.AlreadyStored} already in the store, {summary.Problems.Count} line(s) not readable");
        return summary.Problems.Count == 0 ? ExitCodes.Ok : ExitCodes.SomeFailed;
    }
}
