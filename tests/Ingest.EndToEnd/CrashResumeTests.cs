using System.Diagnostics;
using System.Text;
using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// A run killed outright (SIGKILL, no clean-up) part-way through, then run again: the second run
/// resumes the document that was in flight, skips the finished ones, and stores every file once.
/// </summary>
[TestFixture]
public sealed class CrashResumeTests
{
    private const int Files = 12;

    [Test]
    public async Task Run_killed_mid_way_resumes_on_the_next_run_and_stores_every_file_once()
    {
        using var work = new TempFolder("crash");
        var inbox = work.Folder("inbox");
        var files = MakeDistinctPdfs(inbox);
        var ids = files.ToDictionary(StoreReader.Sha256Of, f => f, StringComparer.Ordinal);
        Assert.That(ids, Has.Count.EqualTo(Files), "the padded copies should all have different SHA-256");
        var config = work.WriteText("pipeline.json", """
            {
              "Stages": [ { "Name": "extract" } ],
              "Run": { "DocumentTimeoutSeconds": 60, "MaxParallelDocuments": 1 }
            }
            """);
        var store = new StoreReader(work.Db);

        // First run: kill it once at least two documents are in.
        CliResult killed;
        await using (var first = IngestCli.Start(work.Path, "run", inbox, "--config", config, "--db", work.Db))
        {
            var waited = Stopwatch.StartNew();
            while (store.TryCount("ingested") < 2 && !first.HasExited && waited.Elapsed < TimeSpan.FromMinutes(5))
            {
                await Task.Delay(25);
            }

            first.Kill();
            killed = await first.WaitAsync(TimeSpan.FromMinutes(1));
        }

        var afterKill = store.Documents();
        var doneBeforeKill = afterKill.Where(d => d.Status == "ingested").Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var inFlight = afterKill.Where(d => d.Status == "processing").Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.That(killed.ExitCode, Is.Not.Zero, $"the first run should have been killed, not finished\n{killed.Transcript}");
        Assert.That(doneBeforeKill, Has.Count.InRange(2, Files - 1), $"the kill should fall part-way through the run\n{killed.Transcript}");
        TestContext.Out.WriteLine($"killed with {doneBeforeKill.Count} ingested and {inFlight.Count} in flight");

        // Second run, to the end.
        var second = await IngestCli.RunAsync(work.Path, "run", inbox, "--config", config, "--db", work.Db);

        Assert.That(second.TimedOut, Is.False, second.Transcript);
        Assert.That(second.ExitCode, Is.Zero, second.Transcript);
        var documents = store.Documents();
        var provenance = store.Provenance();
        var lines = RunOutput.LogLines(second);
        var summary = RunOutput.Summary(second);
        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.Id), Is.EquivalentTo(ids.Keys), "every file stored exactly once");
            Assert.That(documents.Select(d => d.Status), Has.All.EqualTo("ingested"));
            Assert.That(documents.Select(d => d.TextLength), Has.All.GreaterThan(0));
            Assert.That(provenance.Select(p => (p.DocumentId, p.Location)), Is.EquivalentTo(ids.Select(kv => (kv.Key, kv.Value))), "one provenance row per file, no duplicates");
            foreach (var (id, path) in ids)
            {
                var archived = documents.Single(d => d.Id == id).ArchivePath;
                Assert.That(File.Exists(archived) && StoreReader.Sha256Of(archived) == id, Is.True, $"{Path.GetFileName(path)}: archived original missing or damaged");
            }

            Assert.That(lines, Has.Count.EqualTo(Files), second.Transcript);
            foreach (var line in lines)
            {
                var id = StoreReader.Sha256Of(line.Path);
                var name = Path.GetFileName(line.Path);
                if (doneBeforeKill.Contains(id))
                {
                    Assert.That(line.Word, Is.EqualTo("unchanged"), $"{name} was finished before the kill: {line.Raw}");
                }
                else if (inFlight.Contains(id))
                {
                    Assert.That(line.Word, Is.EqualTo("ingested"), $"{name} was in flight: {line.Raw}");
                    Assert.That(line.Rest, Does.Contain("resumed"), $"{name} was in flight, its line should say it was resumed: {line.Raw}");
                }
                else
                {
                    Assert.That(line.Word, Is.EqualTo("ingested"), $"{name} was not started before the kill: {line.Raw}");
                    Assert.That(line.Rest, Does.Not.Contain("resumed"), $"{name} was never started, so not resumed: {line.Raw}");
                }
            }

            Assert.That(
                (summary.Seen, summary.Ingested, summary.Unchanged, summary.Failed),
                Is.EqualTo((Files, Files - doneBeforeKill.Count, doneBeforeKill.Count, 0)),
                summary.Raw);
        });
    }

    /// <summary>Copies of samples, each with a different comment line after its end: still valid PDFs, each with its own SHA-256.</summary>
    private static List<string> MakeDistinctPdfs(string folder)
    {
        // Six samples, each used twice: only the padding tells the two copies apart.
        var samples = new[] { "s01", "s02", "s03", "s05", "s06", "s08" }.Select(Repo.Sample).ToList();
        var files = new List<string>();
        for (var i = 0; i < Files; i++)
        {
            var path = Path.Combine(folder, $"doc-{i + 1:00}.pdf");
            var bytes = File.ReadAllBytes(samples[i % samples.Count]).Concat(Encoding.ASCII.GetBytes($"%pad {i + 1}\n")).ToArray();
            File.WriteAllBytes(path, bytes);
            files.Add(path);
        }

        return files;
    }
}
