using Ingest.Cli.Hosting;
using Ingest.Pdf;

namespace Ingest.Cli.Commands;

/// <summary>
/// `ingest text &lt;file.pdf&gt; [--footnotes] [--pages]`: prints the cleaned text of one PDF without
/// storing anything, to check what extraction makes of a document.
/// </summary>
internal static class TextCommand
{
    public static Task<int> RunAsync(ArgReader args, TextWriter output, CancellationToken cancellationToken)
    {
        var config = args.Option("--config");
        var showNotes = args.Flag("--footnotes");
        var showPages = args.Flag("--pages");
        var showLines = args.Flag("--lines");
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new Core.Configuration.ConfigurationException("command line", "text takes exactly one PDF file");
        }

        var pipeline = IngestEnvironment.LoadConfig(config, null);
        var extract = pipeline.Stages.FirstOrDefault(s => s.Name == ExtractStage.StageName);
        var options = extract is null ? new ExtractOptions() : ExtractOptions.FromJson(extract.Options, extract.JsonPath + ".Options");
        var extractor = new PdfExtractor(options);
        var bytes = File.ReadAllBytes(args.Positional[0]);
        if (showLines)
        {
            foreach (var line in extractor.ReadLayout(bytes, cancellationToken).Pages.SelectMany(p => p.Lines))
            {
                output.WriteLine($"p{line.Page} b{line.Block} [{line.Box.Left:0},{line.Box.Bottom:0},{line.Box.Right:0},{line.Box.Top:0}] {line.Size:0.0}{(line.Bold ? " bold" : string.Empty)} | {string.Join(" ", line.Words.Select(w => $"{w.Text}@{w.Box.Left:0}-{w.Box.Right:0}"))}");
            }

            return Task.FromResult(ExitCodes.Ok);
        }

        var text = extractor.Extract(bytes, cancellationToken);
        output.WriteLine(text.Text);
        if (showPages)
        {
            foreach (var p in text.Pages)
            {
                output.WriteLine($"-- page {p.Number}: [{p.Start}, {p.End}) headers: {string.Join(" | ", p.Headers)} footers: {string.Join(" | ", p.Footers)}");
            }
        }

        if (showNotes)
        {
            foreach (var n in text.Footnotes)
            {
                output.WriteLine($"-- note {n.Mark} (page {n.Page}, mark at {n.ReferenceOffset}): {n.Text}");
            }
        }

        return Task.FromResult(ExitCodes.Ok);
    }
}
