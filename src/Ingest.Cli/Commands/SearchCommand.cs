using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Search;
using Ingest.Storage;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest search "&lt;query&gt;" [--label police_mention ...] [--type DHR ...] [--limit N] [--reindex]`:
/// full-text search over the corpus's sentences; each hit with its review, page and a snippet with the
/// matches in [brackets]. `--reindex` rebuilds the index from the store first (or alone, without a query).
/// </summary>
internal static partial class SearchCommand
{
    public static async Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var db = args.Option("--db");
        var labels = args.Options("--label");
        var types = args.Options("--type");
        var limitText = args.Option("--limit") ?? "20";
        var reindex = args.Flag("--reindex");
        args.RejectUnknown();
        if (!int.TryParse(limitText, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
        {
            throw new ConfigurationException("command line", $"--limit takes a whole number of 1 or more, not '{limitText}'");
        }

        if (args.Positional.Count > 1 || (args.Positional.Count == 0 && !reindex))
        {
            throw new ConfigurationException("command line", "search needs one query (quote it: ingest search \"welfare check\"), or --reindex");
        }

        await using var env = await IngestEnvironment.OpenAsync(config, db, TimeProvider.System, cancellationToken);
        await using var opened = SentenceSearchFactory.Open(env.Config.Storage);
        var search = opened.Search;
        if (!reindex && await opened.NeedsBuildingAsync(cancellationToken))
        {
            output.WriteLine("search: the store was made before the search index; building it once now");
            reindex = true;
        }

        if (reindex)
        {
            var sentences = await search.ReindexAsync(env.Store.ListAsync(withText: true, cancellationToken), cancellationToken);
            output.WriteLine($"search: index rebuilt, {sentences} sentence(s)");
        }

        if (args.Positional.Count == 0)
        {
            return ExitCodes.Ok;
        }

        var hits = await search.SearchAsync(new SearchQuery(args.Positional[0], labels, types, limit), cancellationToken);
        var n = 0;
        foreach (var hit in hits)
        {
            var page = hit.Page is { } p ? $", p. {p}" : string.Empty;
            var hitLabels = hit.Labels.Count > 0 ? "  {" + string.Join(", ", hit.Labels) + "}" : string.Empty;
            output.WriteLine($"{++n}. {hit.Title ?? hit.FileName} ({hit.FileName}{page}){hitLabels}");
            output.WriteLine("   " + Spaces().Replace(hit.Snippet, " ").Trim());
            output.WriteLine($"   {hit.DocumentId[..Math.Min(12, hit.DocumentId.Length)]} @ {hit.Start}-{hit.End}");
        }

        output.WriteLine(hits.Count == 0 ? "search: no sentence matches" : $"search: {hits.Count} sentence(s)");
        return ExitCodes.Ok;
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
