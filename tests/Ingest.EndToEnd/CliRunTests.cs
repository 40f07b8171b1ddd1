using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// `ingest run corpus-samples` as a user runs it: every sample ingested into a fresh store, the
/// originals archived under their SHA-256, and a second run that finds nothing new.
/// </summary>
[TestFixture]
public sealed class CliRunTests
{
    private const int SampleCount = 172; // 171 rendered reviews + scan01 (s05 scanned, read by the ocr stage)

    private TempFolder _work = null!;
    private CliResult _first = null!;
    private CliResult _second = null!;
    private IReadOnlyList<StoredRow> _afterFirst = null!;
    private IReadOnlyList<StoredRow> _afterSecond = null!;
    private int _provenanceAfterFirst;
    private int _provenanceAfterSecond;

    private static Dictionary<string, string> SampleHashes() =>
        Repo.SamplePdfs.ToDictionary(StoreReader.Sha256Of, p => p, StringComparer.Ordinal);

    [OneTimeSetUp]
    public async Task RunTwice()
    {
        Assert.That(Repo.SamplePdfs, Has.Count.EqualTo(SampleCount), $"the sample corpus should hold {SampleCount} PDFs");
        _work = new TempFolder("run");
        var store = new StoreReader(_work.Db);

        _first = await IngestCli.RunAsync(_work.Path, "run", Repo.Samples, "--db", _work.Db);
        Assert.That(_first.TimedOut, Is.False, _first.Transcript);
        _afterFirst = store.Documents();
        _provenanceAfterFirst = store.Provenance().Count;

        _second = await IngestCli.RunAsync(_work.Path, "run", Repo.Samples, "--db", _work.Db);
        Assert.That(_second.TimedOut, Is.False, _second.Transcript);
        _afterSecond = store.Documents();
        _provenanceAfterSecond = store.Provenance().Count;
    }

    [OneTimeTearDown]
    public void CleanUp() => _work?.Dispose();

    [Test]
    public void First_run_exits_0_and_its_summary_says_every_sample_was_ingested()
    {
        Assert.That(_first.ExitCode, Is.Zero, _first.Transcript);
        var summary = RunOutput.Summary(_first);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Seen, Is.EqualTo(SampleCount), summary.Raw);
            Assert.That(summary.Ingested, Is.EqualTo(SampleCount), summary.Raw);
            Assert.That(summary.Failed, Is.Zero, summary.Raw);
            Assert.That(summary.Unchanged, Is.Zero, summary.Raw);
            Assert.That(summary.NeedOcr, Is.Zero, summary.Raw);
        });
    }

    [Test]
    public void Store_holds_every_sample_once_as_ingested_with_text()
    {
        var hashes = SampleHashes();
        Assert.That(_afterFirst.Select(d => d.Id), Is.EquivalentTo(hashes.Keys), "one document per sample, its id the SHA-256 of the file");
        Assert.Multiple(() =>
        {
            foreach (var d in _afterFirst)
            {
                var sample = Path.GetFileName(hashes[d.Id]);
                Assert.That(d.Status, Is.EqualTo("ingested"), $"{sample}: status");
                Assert.That(d.Error, Is.Null, $"{sample}: error");
                Assert.That(d.TextLength, Is.GreaterThan(0), $"{sample}: text");
                Assert.That(d.PageCount, Is.GreaterThan(0), $"{sample}: pages");
                Assert.That(d.FileName, Is.EqualTo(sample), $"{sample}: file name");
                Assert.That(d.Source, Is.EqualTo(Path.GetFullPath(hashes[d.Id])), $"{sample}: source");
            }
        });
        Assert.That(_provenanceAfterFirst, Is.EqualTo(SampleCount), "one provenance row per sample");
    }

    [Test]
    public void Archive_holds_every_original_named_by_its_sha256()
    {
        var archived = Directory.EnumerateFiles(_work.Archive, "*", SearchOption.AllDirectories).ToList();
        var hashes = SampleHashes();
        Assert.That(archived.Select(Path.GetFileName), Is.EquivalentTo(hashes.Keys.Select(h => h + ".pdf")), "one archived original per sample and nothing else");

        Assert.Multiple(() =>
        {
            foreach (var file in archived)
            {
                // The name is the SHA-256 of the bytes, and the bytes are those of the sample.
                var name = Path.GetFileNameWithoutExtension(file);
                Assert.That(StoreReader.Sha256Of(file), Is.EqualTo(name), $"{file}: name is not the hash of its content");
                Assert.That(File.ReadAllBytes(file), Is.EqualTo(File.ReadAllBytes(hashes[name])), $"{file}: not the same bytes as {hashes[name]}");
            }

            foreach (var d in _afterFirst)
            {
                Assert.That(File.Exists(d.ArchivePath), Is.True, $"the store's archive path for {d.FileName} does not exist: {d.ArchivePath}");
            }
        });
    }

    [Test]
    public void Plain_output_has_one_log_line_per_document_and_the_summary()
    {
        var lines = RunOutput.LogLines(_first);
        var samples = Repo.SamplePdfs.Select(Path.GetFullPath).ToList();
        Assert.That(lines, Has.Count.EqualTo(SampleCount), _first.Transcript);
        Assert.Multiple(() =>
        {
            Assert.That(lines.Select(l => l.Path), Is.EquivalentTo(samples), "each sample named in exactly one line");
            Assert.That(lines.Select(l => l.Index), Is.EqualTo(Enumerable.Range(1, SampleCount)), "lines are numbered 1..N in order");
            Assert.That(lines.Select(l => l.Total), Has.All.EqualTo(SampleCount));
            Assert.That(lines.Select(l => l.Word), Has.All.EqualTo("ingested"));
            Assert.That(lines.Select(l => l.Pages), Has.All.GreaterThan(0));
            Assert.That(_first.OutLines[^1], Does.StartWith("summary: "), "the summary is the last line when nothing failed");

            // No progress bar when the output is not a terminal: nothing redrawn with carriage returns.
            Assert.That(_first.StdOut + _first.StdErr, Does.Not.Contain("\r"), "progress bar drawn although output is redirected");
            Assert.That(_first.StdErr, Is.Empty, "nothing on standard error for a clean run");
        });
    }

    [Test]
    public void Second_run_reports_every_sample_unchanged_and_adds_no_rows()
    {
        Assert.That(_second.ExitCode, Is.Zero, _second.Transcript);
        var summary = RunOutput.Summary(_second);
        Assert.Multiple(() =>
        {
            Assert.That(summary.Seen, Is.EqualTo(SampleCount), summary.Raw);
            Assert.That(summary.Unchanged, Is.EqualTo(SampleCount), summary.Raw);
            Assert.That(summary.Ingested, Is.Zero, summary.Raw);
            Assert.That(summary.Failed, Is.Zero, summary.Raw);
            Assert.That(RunOutput.LogLines(_second).Select(l => l.Word), Has.All.EqualTo("unchanged"));
            Assert.That(_afterSecond, Has.Count.EqualTo(_afterFirst.Count), "document rows after the second run");
            Assert.That(_afterSecond.Select(d => d.Status), Has.All.EqualTo("ingested"));
            Assert.That(_provenanceAfterSecond, Is.EqualTo(_provenanceAfterFirst), "provenance rows after the second run");
        });
    }

    [Test]
    public async Task Same_bytes_under_two_names_are_one_document_with_two_provenance_rows()
    {
        using var work = new TempFolder("dup");
        var inbox = work.Folder("inbox");
        var original = Path.Combine(inbox, "sar-adult-b-final.pdf");
        var copy = Path.Combine(inbox, "copy of sar adult b.pdf");
        File.Copy(Repo.Sample("s11"), original);
        File.Copy(Repo.Sample("s11"), copy);
        var id = StoreReader.Sha256Of(original);

        var result = await IngestCli.RunAsync(work.Path, "run", inbox, "--db", work.Db);

        Assert.That(result.ExitCode, Is.Zero, result.Transcript);
        var store = new StoreReader(work.Db);
        var documents = store.Documents();
        var provenance = store.Provenance();
        Assert.Multiple(() =>
        {
            Assert.That(documents.Select(d => d.Id), Is.EqualTo(new[] { id }), "one document for the one set of bytes");
            Assert.That(documents.Single().Status, Is.EqualTo("ingested"));
            Assert.That(provenance.Select(p => p.DocumentId), Has.All.EqualTo(id));
            Assert.That(provenance.Select(p => p.Location), Is.EquivalentTo(new[] { original, copy }), "both locations kept");
            Assert.That(provenance.Select(p => p.FileName), Is.EquivalentTo(new[] { "sar-adult-b-final.pdf", "copy of sar adult b.pdf" }));
            Assert.That(Directory.EnumerateFiles(work.Archive, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { id + ".pdf" }), "archived once");

            var summary = RunOutput.Summary(result);
            Assert.That((summary.Seen, summary.Ingested, summary.Unchanged, summary.Failed), Is.EqualTo((2, 1, 1, 0)), summary.Raw);
        });
    }
}
