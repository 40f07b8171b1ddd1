using Ingest.Cli;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>The issue 8 verbs as a user types them, in process, over the three-sample store.</summary>
[TestFixture]
public sealed class CorpusVerbsTests
{
    private string _folder = string.Empty;
    private string _samples = string.Empty;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _samples = (await SampleStore.GetAsync()).DatabasePath;
        _folder = Path.Combine(Path.GetTempPath(), "ingest-verbs-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [OneTimeTearDown]
    public void CleanUp()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<(int Code, string Out, string Err)> Ingest(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await CliApp.RunAsync(args, output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    [Test]
    public async Task Export_import_and_export_again_from_the_command_line_give_the_same_file()
    {
        var first = Path.Combine(_folder, "first.jsonl");
        var second = Path.Combine(_folder, "second.jsonl");
        var copy = Path.Combine(_folder, "copy.db");
        Assert.That((await Ingest("export", "--format", "jsonl", "--out", first, "--db", _samples)).Code, Is.Zero);
        var import = await Ingest("import", first, "--db", copy);
        Assert.That(import.Code, Is.Zero, import.Err);
        Assert.That(import.Out, Does.Contain("3 document(s) imported"));
        Assert.That((await Ingest("export", "--format", "jsonl", "--out", second, "--db", copy)).Code, Is.Zero);
        Assert.That(await File.ReadAllBytesAsync(second), Is.EqualTo(await File.ReadAllBytesAsync(first)));
    }

    [Test]
    public async Task Import_of_a_missing_file_or_without_a_file_is_bad_usage()
    {
        Assert.That((await Ingest("import", Path.Combine(_folder, "nothing.jsonl"), "--db", Path.Combine(_folder, "x.db"))).Code, Is.EqualTo(2));
        Assert.That((await Ingest("import", "--db", Path.Combine(_folder, "x.db"))).Code, Is.EqualTo(2));
    }

    [Test]
    public async Task Search_prints_each_hit_with_its_review_page_and_snippet()
    {
        var (code, output, _) = await Ingest("search", "\"welfare check\"", "--type", "CSPR", "--limit", "2", "--db", _samples);
        Assert.That(code, Is.Zero);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Does.StartWith("1. ").And.Contain("(s01.pdf, p. "));
        Assert.That(lines[1], Does.Contain("[welfare check"));
        Assert.That(lines[^1], Is.EqualTo("search: 2 sentence(s)"));
    }

    [TestCase("--limit", "0")]
    [TestCase("--limit", "many")]
    public async Task Search_refuses_a_limit_that_is_not_a_positive_number(string option, string value) =>
        Assert.That((await Ingest("search", "police", option, value, "--db", _samples)).Code, Is.EqualTo(2));

    [Test]
    public async Task Report_writes_a_csv_row_per_review_type_of_the_samples()
    {
        var path = Path.Combine(_folder, "report.csv");
        var (code, output, _) = await Ingest("report", "--out", path, "--db", _samples);
        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("3 review(s) in 3 review type(s)"));
        var rows = (await File.ReadAllLinesAsync(path)).Skip(1).Select(l => l.Split(',')[0]);
        Assert.That(rows, Is.EqualTo(new[] { "CSPR", "DHR", "SAR", "all" }));
    }

    [Test]
    public async Task Export_filters_by_board_force_and_date_from_the_command_line()
    {
        var all = Path.Combine(_folder, "all.jsonl");
        var none = Path.Combine(_folder, "none.jsonl");
        Assert.That((await Ingest("export", "--format", "jsonl", "--out", all, "--db", _samples, "--from", "1990", "--to", "2100")).Code, Is.Zero);
        Assert.That((await Ingest("export", "--format", "jsonl", "--out", none, "--db", _samples, "--force", "no such force")).Code, Is.Zero);
        Assert.That(await File.ReadAllLinesAsync(none), Is.Empty);
        var dated = await File.ReadAllLinesAsync(all);
        Assert.That(dated, Is.Not.Empty);
        Assert.That(dated.All(l => !l.Contains("\"published\":null", StringComparison.Ordinal)), "a date bound keeps dated reviews only");
        Assert.That((await Ingest("export", "--format", "webanno", "--out", Path.Combine(_folder, "tsv"), "--db", _samples, "--type", "DHR")).Out, Does.Contain("1 document(s) written"));
    }

    [Test]
    public async Task Fit_cues_refuses_a_missing_cue_file_and_too_few_documents_and_writes_nothing()
    {
        var emptyGold = Path.Combine(_folder, "no-gold");
        Directory.CreateDirectory(emptyGold);
        var cues = Path.Combine(_folder, "cues.tsv");
        await File.WriteAllTextAsync(cues, "# untouched\n");

        var missing = await Ingest("fit-cues", "--gold", emptyGold, "--db", _samples, "--write", Path.Combine(_folder, "nope.tsv"));
        var tooFew = await Ingest("fit-cues", "--gold", emptyGold, "--db", _samples, "--write", cues);

        Assert.That((missing.Code, missing.Err), Is.EqualTo((2, "ingest: configuration error: command line: --write names no existing cue file: " + Path.Combine(_folder, "nope.tsv") + Environment.NewLine)));
        Assert.That(tooFew.Code, Is.EqualTo(2));
        Assert.That(tooFew.Err, Does.Contain("needs at least two tuned gold documents"));
        Assert.That(await File.ReadAllTextAsync(cues), Is.EqualTo("# untouched\n"));
    }
}
