using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// The real-world PDFs of shared/pdf-robustness (papers, scans, broken and encrypted files): the run
/// ends, never crashes, and every file is either ingested or stored as failed with a reason.
/// </summary>
[TestFixture]
public sealed class RobustnessTests
{
    private static readonly TimeSpan WholeRunLimit = TimeSpan.FromMinutes(10);

    [Test]
    public async Task Every_real_world_pdf_is_ingested_or_fails_cleanly_within_the_time_limit()
    {
        var shared = Repo.Shared;
        Assume.That(shared, Is.Not.Null, "the shared/ folder is not beside the repository");
        var folder = Path.Combine(shared!, "pdf-robustness");
        Assume.That(Directory.Exists(folder), Is.True, $"{folder} is absent");
        var pdfs = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
            .Select(Path.GetFullPath)
            .Order(StringComparer.Ordinal)
            .ToList();
        Assume.That(pdfs, Is.Not.Empty, $"no PDFs in {folder}");

        using var work = new TempFolder("robust");
        var config = work.WriteText("pipeline.json", """
            {
              "Stages": [ { "Name": "extract" } ],
              "Run": { "DocumentTimeoutSeconds": 20 }
            }
            """);

        var result = await IngestCli.RunAsync(work.Path, WholeRunLimit, "run", folder, "--config", config, "--db", work.Db);

        Assert.That(result.TimedOut, Is.False, $"the run did not end within {WholeRunLimit.TotalMinutes} minutes\n{Tail(result)}");
        Assert.That(result.ExitCode, Is.EqualTo(0).Or.EqualTo(1), $"crashed (exit code {result.ExitCode})\n{Tail(result)}");

        var store = new StoreReader(work.Db);
        var documents = store.Documents().ToDictionary(d => d.Id, StringComparer.Ordinal);
        var locations = store.Provenance().ToLookup(p => p.Location, p => p.DocumentId, StringComparer.Ordinal);
        var summary = RunOutput.Summary(result);
        var listed = RunOutput.FailureList(result, pdfs);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Seen, Is.EqualTo(pdfs.Count), summary.Raw);
            foreach (var pdf in pdfs)
            {
                var name = Path.GetFileName(pdf);
                var id = StoreReader.Sha256Of(pdf);
                if (!documents.TryGetValue(id, out var d))
                {
                    Assert.Fail($"{name} ({id[..12]}) is not in the store");
                    continue;
                }

                Assert.That(d.Status, Is.AnyOf("ingested", "needs_ocr", "failed"), $"{name}: status");
                if (d.Status == "failed")
                {
                    Assert.That(d.Error, Is.Not.Null.And.Not.Empty.And.Not.EqualTo("failed"), $"{name}: failed without a reason");
                }

                Assert.That(locations[pdf], Does.Contain(id), $"{name}: no provenance row for its location");
            }

            // Failures are the reason for exit code 1, and each failure of this run is listed with its reason.
            var failedHere = summary.Failed;
            Assert.That(result.ExitCode, Is.EqualTo(failedHere > 0 ? 1 : 0), $"exit code does not match {failedHere} failures\n{summary.Raw}");
            Assert.That(listed, Has.Count.EqualTo(failedHere), "the failure list after the summary");
            Assert.That(listed.Values, Has.All.Not.Empty);
            Assert.That(result.StdErr, Does.Not.Contain("Unhandled exception"), Tail(result));
        });

        TestContext.Out.WriteLine($"{pdfs.Count} PDFs in {result.Elapsed.TotalSeconds:0} s: {summary.Raw}");
        foreach (var (location, reason) in listed.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            TestContext.Out.WriteLine($"  failed: {Path.GetFileName(location)}: {reason}");
        }
    }

    private static string Tail(CliResult result)
    {
        var lines = result.OutLines;
        return $"exit code {result.ExitCode} after {result.Elapsed.TotalSeconds:0} s\n--- last lines of stdout ---\n{string.Join('\n', lines.Skip(Math.Max(0, lines.Count - 20)))}\n--- stderr ---\n{result.StdErr}";
    }
}
