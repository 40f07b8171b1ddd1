using Ingest.Cli.Commands;
using Ingest.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace Ingest.Cli;

/// <summary>The `ingest` verbs (CONTRACT §1) and the exit codes around them.</summary>
public static class CliApp
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--retry-failed", "--reprocess", "--footnotes", "--pages", "--lines", "--misses", "--help" };

    private static readonly Dictionary<string, string> NotBuiltYet = new(StringComparer.Ordinal)
    {
        ["import"] = "issue 8",
        ["search"] = "issue 8",
        ["serve"] = "issues 6 and 7",
        ["users"] = "issue 7",
    };

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args.Length == 0 || args[0] is "help" or "--help" or "-h")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? ExitCodes.BadUsage : ExitCodes.Ok;
        }

        try
        {
            var reader = new ArgReader(args.Skip(1), Flags);
            return args[0] switch
            {
                "run" => await RunCommand.RunAsync(reader, output, error, cancellationToken),
                "text" => await TextCommand.RunAsync(reader, output, cancellationToken),
                "runs" => await RunsCommand.RunAsync(reader, output, cancellationToken),
                "eval" => await EvalCommand.RunAsync(reader, output, cancellationToken),
                "export" => await ExportCommand.RunAsync(reader, output, cancellationToken),
                "train" => await TrainCommand.RunAsync(reader, output, cancellationToken),
                var verb when NotBuiltYet.TryGetValue(verb, out var issue) => NotBuilt(verb, issue, error),
                var verb => Unknown(verb, error),
            };
        }
        catch (ConfigurationException e)
        {
            error.WriteLine($"ingest: configuration error: {e.Message}");
            return ExitCodes.BadUsage;
        }
        catch (SqliteException e)
        {
            error.WriteLine($"ingest: the store cannot be used: {e.Message}");
            return ExitCodes.BadUsage;
        }
    }

    private static int NotBuilt(string verb, string issue, TextWriter error)
    {
        error.WriteLine($"ingest: '{verb}' is not built yet ({issue}); see README.md");
        return ExitCodes.BadUsage;
    }

    private static int Unknown(string verb, TextWriter error)
    {
        error.WriteLine($"ingest: unknown verb '{verb}'\n{Usage}");
        return ExitCodes.BadUsage;
    }

    private const string Usage = """
        usage: ingest <verb> [options]
          run <file-or-folder>...   ingest every PDF found into the store
                                    [--db <path>] [--config <pipeline.json>] [--jobs N] [--retry-failed] [--reprocess]
          runs                      list recent runs and their failures [--db <path>]
          export --format jsonl|csv --out <path>   the annotated corpus [--status suggested|confirmed|all] [--type SAR ...]
          eval --gold <folder>      score the store against gold files [--report <file.md>] [--misses] [--only tuned|heldout]
          train                     retrain the models from tuned gold files and analyst decisions
                                    [--out models] [--gold corpus-samples] [--db <path>] [--seed 42]
          text <file.pdf>           print the cleaned text of one PDF [--pages] [--footnotes] [--lines]
        exit codes: 0 all processed, 1 some documents failed, 2 bad usage or configuration
        """;
}
