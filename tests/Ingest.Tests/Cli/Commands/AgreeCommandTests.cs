using System.Text.Json.Nodes;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest agree` as a lead running an agreement study types it, over the three-sample store.</summary>
[TestFixture]
public sealed class AgreeCommandTests
{
    private string _folder = string.Empty;
    private string _db = string.Empty;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _db = (await SampleStore.GetAsync()).DatabasePath;
        _folder = Path.Combine(Path.GetTempPath(), "ingest-agree-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_folder, recursive: true);

    /// <summary>A second annotator's copy of s09's gold, changed by <paramref name="change"/>, in its own folder.</summary>
    private string SecondAnnotator(string name, Action<JsonObject> change)
    {
        var gold = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Samples, "s09", "gold.json")))!.AsObject();
        change(gold);
        var folder = Path.Combine(_folder, name, "s09");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gold.json"), gold.ToJsonString());
        return Path.Combine(_folder, name);
    }

    [Test]
    public async Task Prints_each_comparison_per_label_and_writes_the_report()
    {
        var second = SecondAnnotator("fewer-good-practice", g => g["good_practice_sentences"]!.AsArray().RemoveAt(0));
        var report = Path.Combine(_folder, "agreement.md");

        var (code, output, error) = await CliRunner.RunAsync("agree", "--gold", Repo.Samples, "--second", second, "--db", _db, "--report", report);

        Assert.That(code, Is.Zero, error);
        var goodPractice = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Samples, "s09", "gold.json")))!["good_practice_sentences"]!.AsArray().Count;
        var row = output.Split('\n').Single(l => l.StartsWith("| good practice sentences F1 |", StringComparison.Ordinal));
        Assert.That(row.Split('|')[2], Does.Contain($"({goodPractice - 1}/0/1)"), "second annotator vs gold");
        Assert.That(output, Does.Contain("| second annotator vs gold (1: s09) | pipeline vs gold (1: s09) | pipeline vs second annotator (1: s09) |"));
        Assert.That(File.ReadAllText(report), Does.Contain("| criteria (all nine) |"));
    }

    [Test]
    public async Task A_sentence_the_text_does_not_hold_is_named_as_such()
    {
        var second = SecondAnnotator("not-verbatim", g => g["police_sentences"]!.AsArray().Add("The officer wrote a sentence the review never printed."));

        var (code, output, _) = await CliRunner.RunAsync("agree", "--gold", Repo.Samples, "--second", second, "--db", _db);

        Assert.That(code, Is.Zero);
        Assert.That(output, Does.Contain("not verbatim in the text, counts as a disagreement: The officer wrote a sentence the review never printed."));
    }

    [Test]
    public async Task A_gold_file_that_is_not_json_is_named_in_a_clear_error_not_a_crash()
    {
        var folder = Path.Combine(_folder, "broken", "s09");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "gold.json"), """{"id": "s09", "police_sentences": [""");

        var agree = await CliRunner.RunAsync("agree", "--gold", Repo.Samples, "--second", Path.Combine(_folder, "broken"), "--db", _db);
        var eval = await CliRunner.RunAsync("eval", "--gold", Path.Combine(_folder, "broken"), "--db", _db);

        Assert.That((agree.Code, eval.Code), Is.EqualTo((2, 2)));
        Assert.That(agree.Err, Does.Contain(Path.Combine(folder, "gold.json")).And.Contain("not a gold file"));
        Assert.That(eval.Err, Does.Contain("not a gold file"));
    }

    [Test]
    public async Task Without_a_second_folder_or_a_review_in_common_it_is_bad_usage()
    {
        var elsewhere = Path.Combine(_folder, "elsewhere", "zz1");
        Directory.CreateDirectory(elsewhere);
        File.WriteAllText(Path.Combine(elsewhere, "gold.json"), """{"id": "zz1", "file": "zz1.pdf"}""");

        var missing = await CliRunner.RunAsync("agree", "--gold", Repo.Samples, "--db", _db);
        var nothingShared = await CliRunner.RunAsync("agree", "--gold", Repo.Samples, "--second", Path.Combine(_folder, "elsewhere"), "--db", _db);

        Assert.That((missing.Code, nothingShared.Code), Is.EqualTo((2, 2)));
        Assert.That(missing.Err, Does.Contain("agree needs --second <folder>"));
        Assert.That(nothingShared.Err, Does.Contain("no review in"));
        Assert.That(nothingShared.Out, Does.Contain("zz1: no gold file for it under"));
    }
}
