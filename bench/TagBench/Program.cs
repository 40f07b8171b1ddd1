using System.Diagnostics;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Core.Pipeline;
using Ingest.Core.Sections;
using Ingest.Core.Tagging;
using Ingest.Pdf;

// TagBench: the CPU time of each tagger over already extracted samples, best of N passes, and a dump of
// the tag stage's annotations so that a speed change can be shown to leave the output as it was.
//   dotnet run -c Release --project bench/TagBench -- <folder of sample folders or PDFs> [--passes 5] [--dump out.tsv] [--only police,imr]
var folder = args[0];
var passes = Option("--passes") is { } p ? int.Parse(p, System.Globalization.CultureInfo.InvariantCulture) : 5;
var dump = Option("--dump");
var only = Option("--only")?.Split(',');

var documents = Load(folder);
Console.WriteLine($"{documents.Count} documents, {documents.Sum(d => d.Extracted!.Text.Length):N0} characters");

var contexts = documents.Select(d => TaggingContext.For(d.Extracted!.Text, d.Sections, d.Metadata)).ToList();
Report("split", () =>
{
    foreach (var d in documents)
    {
        TaggingContext.For(d.Extracted!.Text, d.Sections, d.Metadata);
    }
});

foreach (var name in TaggerRegistry.Names.Where(n => only is null || only.Contains(n)))
{
    var tagger = TaggerRegistry.Create([name])[0];
    Report(name, () =>
    {
        foreach (var c in contexts)
        {
            tagger.Tag(c);
        }
    });
}

// The metadata stage reads the same texts with many whole-text patterns (dates, authors, forces): timed here as well.
var metadata = new MetadataStage();
Report("metadata", () =>
{
    foreach (var d in documents)
    {
        metadata.Run(d, CancellationToken.None);
    }
});

var stage = new TagStage(new TagOptions());
Report("tag stage", () =>
{
    foreach (var d in documents)
    {
        stage.Tag(d.Extracted!.Text, d.Sections, d.Metadata, CancellationToken.None);
    }
});

if (dump is not null)
{
    var sb = new StringBuilder();
    foreach (var d in documents)
    {
        foreach (var a in stage.Tag(d.Extracted!.Text, d.Sections, d.Metadata, CancellationToken.None))
        {
            var at = a.Attributes;
            var agencies = at.Agencies is null ? "" : string.Join(",", at.Agencies);
            sb.Append(System.Globalization.CultureInfo.InvariantCulture,
                $"{d.FileName}\t{a.Id}\t{a.Label}\t{a.Start}\t{a.End}\t{a.Confidence:R}\t{a.Producer}\t{at.Category}\t{at.Force}\t{at.Agency}\t{at.Critique}\t{at.Number}\t{agencies}\t{at.Characteristic}\n");
        }
    }

    File.WriteAllText(dump, sb.ToString());
    Console.WriteLine($"annotations written to {dump}");
}

return;

string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;

// The first pass (JIT, regex compilation, the taggers' static tables) timed alone, then the best of the timed passes, in CPU time of this process.
void Report(string name, Action pass)
{
    var first = Process.GetCurrentProcess().TotalProcessorTime;
    pass();
    var cold = (Process.GetCurrentProcess().TotalProcessorTime - first).TotalMilliseconds;
    var best = double.MaxValue;
    for (var i = 0; i < passes; i++)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        pass();
        best = Math.Min(best, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds);
    }

    Console.WriteLine($"{name,-16} {best,8:F0} ms CPU (best of {passes}), first pass {cold,6:F0} ms");
}

static List<IngestDocument> Load(string folder)
{
    var pdfs = Directory.EnumerateFiles(folder, "*.pdf", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 2 })
        .Where(f => !Path.GetFileName(f).StartsWith("scan", StringComparison.Ordinal))
        .Order(StringComparer.Ordinal)
        .ToList();
    IPipelineStage[] stages = [new ExtractStage(new ExtractOptions()), new SectionsStage(new SectionsOptions()), new MetadataStage()];
    var documents = new List<IngestDocument>();
    foreach (var pdf in pdfs)
    {
        var name = Path.GetFileName(pdf);
        var document = new IngestDocument(name, name, new Provenance("folder", pdf, name, DateTimeOffset.UnixEpoch), File.ReadAllBytes(pdf));
        foreach (var stage in stages)
        {
            document = stage.Run(document, CancellationToken.None) switch
            {
                StageResult.Success s => s.Document,
                var other => throw new InvalidOperationException($"{name}: {other}"),
            };
        }

        documents.Add(document);
    }

    return documents;
}
