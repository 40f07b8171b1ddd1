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
        args.RejectUnknown();
        if (args.Positional.Count != 1)
        {
            throw new Core.Configuration.ConfigurationException("command line", "text takes exactly one PDF file");
        }

        var pipeline = IngestEnvironment.LoadConfig(config, null);
        var extract = pipeline.Stages.FirstOrDefault(s => s.Name == ExtractStage.StageName);
        var options = extract is null ? new ExtractOptions() : ExtractOptions.FromJson(extract.Options, extract.JsonPath + ".Options");
        var text = new PdfExtractor(options).Extract(File.ReadAllBytes(args.Positional[0]), cancellationToken);
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
