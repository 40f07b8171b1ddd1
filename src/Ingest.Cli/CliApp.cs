using Ingest.Cli.Commands;
using Ingest.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace Ingest.Cli;

/// <summary>The `ingest` verbs (CONTRACT §1) and the exit codes around them.</summary>
public static class CliApp
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--retry-failed", "--reprocess", "--footnotes", "--pages", "--lines", "--misses", "--help", "--run-now", "--reindex", "--compare-section-types" };

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
                "agree" => await AgreeCommand.RunAsync(reader, output, cancellationToken),
                "export" => await ExportCommand.RunAsync(reader, output, cancellationToken),
                "migrate" => await MigrateCommand.RunAsync(reader, output, error, cancellationToken),
                "users" => await UsersCommand.RunAsync(reader, System.Console.In, output, error, cancellationToken),
                "serve" => await ServeCommand.RunAsync(reader, output, error, cancellationToken),
                "import" => await ImportCommand.RunAsync(reader, output, error, cancellationToken),
                "search" => await SearchCommand.RunAsync(reader, output, cancellationToken),
                "report" => await ReportCommand.RunAsync(reader, output, cancellationToken),
                "train" => await TrainCommand.RunAsync(reader, output, cancellationToken),
                "fit-cues" => await FitCuesCommand.RunAsync(reader, output, cancellationToken),
                "fit-rating" => await FitRatingCommand.RunAsync(reader, output, cancellationToken),
                "fit-dates" => await FitDatesCommand.RunAsync(reader, output, cancellationToken),
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
        catch (Exception e) when (e is Ingest.Storage.StoreUnavailableException or Npgsql.NpgsqlException)
        {
            // PostgreSQL unreachable (after retries) or refusing us: documents claimed so far stay "processing" and the next run resumes them.
            error.WriteLine($"ingest: the store cannot be used: {e.Message.Split('\n')[0].Trim()}");
            return ExitCodes.BadUsage;
        }
    }

    private static int Unknown(string verb, TextWriter error)
    {
        error.WriteLine($"ingest: unknown verb '{verb}'\n{Usage}");
        return ExitCodes.BadUsage;
    }

    private const string Usage = """
        usage: ingest <verb> [options]
          run <file-or-folder>...   ingest every PDF found into the store
                                    [--db <path>|postgres://...] [--config <pipeline.json>] [--jobs N] [--retry-failed] [--reprocess]
          runs                      list recent runs and their failures [--db <path>]
          export --format jsonl|csv|brat|webanno --out <path>   the annotated corpus [--status suggested|confirmed|all] [--type SAR ...]
                                    [--board <name>] [--force <name>] [--from <date>] [--to <date>] (publication date)
          import <file.jsonl>       load a JSONL export into the store [--db <path>]
          search "<query>"          sentences that match ("phrases", stemmed words, word*, OR) [--label <label> ...]
                                    [--type DHR ...] [--limit N] [--reindex]
          report                    police practice per review type, as CSV [--out report.csv]
          eval --gold <folder>      score the store against gold files [--report <file.md>] [--misses] [--only tuned|heldout]
          agree --gold <folder> --second <folder>   inter-annotator agreement: second annotators' gold against the gold
                                    and each other, the pipeline against both, by eval's rules [--report <file.md>] [--misses]
          users add <name> --role analyst|lead|admin   a web UI login (password from standard input) [--db <path>]
          serve                     the hosted worker: scheduled scans of the sources, GET /health
                                    [--urls http://127.0.0.1:5080] [--watch <folder>]... [--run-now] [--db <path>] [--config <pipeline.json>]
          train                     retrain the models from tuned gold files and analyst decisions
          fit-cues                  refit the practice tagger's cue weights on the tuned gold files
                                    [--out models] [--gold corpus-samples] [--db <path>] [--seed 42]
          fit-rating --gold <folder> refit the rating thresholds and weights on the tuned gold files
                                    [--db <path>] [--validate <id,id>] [--write <pipeline.json>]
          fit-dates                 learn the incident date chooser on the tuned gold files, print it left-one-review-out
                                    [--gold corpus-samples] [--db <path>] [--seed 42] [--folds 0] [--with-rules] [--arrived-from s41] [--write <weights.tsv>]
          text <file.pdf>           print the cleaned text of one PDF [--pages] [--footnotes] [--lines]
          migrate --from <ingest.db> --to postgres://user:pass@host:port/db   copy a SQLite store into an empty PostgreSQL store
        exit codes: 0 all processed, 1 some documents failed, 2 bad usage or configuration
        """;
}
