using System.Text.Json.Nodes;
using Ingest.Cli;
using Ingest.Core.Configuration;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest fit-rating` as a user types it, over the three-sample store (s01, s04, s09, all tuned).</summary>
[TestFixture]
public sealed class FitRatingCommandTests
{
    private SampleGoldFolder _copy = null!;
    private string _samples = string.Empty;

    private string Folder => _copy.Root;

    private string Gold => _copy.Gold;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _samples = (await SampleStore.GetAsync()).DatabasePath;
        _copy = new SampleGoldFolder("fit-rating");
    }

    [OneTimeTearDown]
    public void CleanUp() => _copy.Dispose();

    private async Task<string> CopyOfThePipeline(string name)
    {
        var path = Path.Combine(Folder, name);
        await File.WriteAllTextAsync(path, await File.ReadAllTextAsync(Path.Combine(Repo.Root, "pipeline.json")));
        return path;
    }

    [Test]
    public async Task Fits_on_the_tuned_documents_only_and_writes_only_the_rate_options()
    {
        var pipeline = await CopyOfThePipeline("pipeline.json");
        var before = await File.ReadAllTextAsync(pipeline);

        var (code, output, error) = await CliRunner.RunAsync("fit-rating", "--gold", Gold, "--db", _samples, "--write", pipeline);

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.StartWith("fit-rating: 3 tuned gold documents (s01, s04, s09)"), "h01 is held out and never read");
        foreach (var criterion in new[] { "police_coverage", "systems_analysis", "police_recommendations", "police_good_practice", "protected_characteristics", "timeliness", "overall (exact)" })
        {
            Assert.That(output, Does.Contain("\n" + criterion + " "));
        }

        var after = await File.ReadAllTextAsync(pipeline);
        var rate = before.IndexOf("{ \"Name\": \"rate\"", StringComparison.Ordinal);
        // The rate stage is the last stage; what follows the Stages array (from the "//run" comment on) must be untouched.
        var tail = before[before.IndexOf("\"//run\"", StringComparison.Ordinal)..];
        Assert.That(after[..rate], Is.EqualTo(before[..rate]), "every stage before rate is as it was");
        Assert.That(after, Does.EndWith(tail), "everything after the rate stage is as it was");
        Assert.That(PipelineConfigLoader.Parse(after).Stages.Select(s => s.Name), Is.EqualTo(PipelineConfigLoader.Parse(before).Stages.Select(s => s.Name)));
        Assert.That(File.Exists(pipeline + ".tmp"), Is.False);

        // What the command printed as the options it sets is what the file's rate stage now holds.
        var printed = output[output.IndexOf('{', output.IndexOf("rate options that --write sets", StringComparison.Ordinal))..output.IndexOf("fit-rating: ", 20, StringComparison.Ordinal)];
        var changes = JsonNode.Parse(printed)!.AsObject();
        var options = RateOptionsOf(after);
        Assert.That(changes.Select(c => c.Key), Is.SubsetOf(options.Select(o => o.Key)));
        Assert.That(changes.All(c => JsonNode.DeepEquals(c.Value, options[c.Key])), Is.True);
        Assert.That(options["Overall"]!.GetValue<string>(), Is.EqualTo(RateOptionsOf(before)["Overall"]!.GetValue<string>()), "the keys it did not fit are kept");
        Assert.That(output, Does.Contain(changes.Count == 0 ? "nothing to change" : "fit-rating: wrote "));
    }

    private static JsonObject RateOptionsOf(string pipelineJson) =>
        JsonNode.Parse(PipelineConfigLoader.Parse(pipelineJson).Stages.Single(s => s.Name == "rate").Options.GetRawText())!.AsObject();

    [Test]
    public async Task A_malformed_pipeline_is_refused_before_fitting_and_left_as_it_was()
    {
        var pipeline = Path.Combine(Folder, "broken.json");
        await File.WriteAllTextAsync(pipeline, "{ \"Stages\": [ { \"Name\": \"rate\" ");

        var (code, output, error) = await CliRunner.RunAsync("fit-rating", "--gold", Gold, "--db", _samples, "--write", pipeline);

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("broken.json: is not valid JSON"));
        Assert.That(output, Is.Empty, "nothing fitted");
        Assert.That(await File.ReadAllTextAsync(pipeline), Is.EqualTo("{ \"Stages\": [ { \"Name\": \"rate\" "));
    }

    [Test]
    public async Task A_pipeline_without_a_rate_stage_is_refused()
    {
        var pipeline = Path.Combine(Folder, "no-rate.json");
        const string text = """{ "Stages": [ { "Name": "tag" } ] }""";
        await File.WriteAllTextAsync(pipeline, text);

        var (code, _, error) = await CliRunner.RunAsync("fit-rating", "--gold", Gold, "--db", _samples, "--write", pipeline);

        Assert.That((code, await File.ReadAllTextAsync(pipeline)), Is.EqualTo((2, text)));
        Assert.That(error, Does.Contain("no \"rate\" stage"));
    }

    [Test]
    public async Task Fewer_than_two_tuned_documents_left_to_fit_on_is_bad_usage()
    {
        var (code, _, error) = await CliRunner.RunAsync("fit-rating", "--gold", Gold, "--db", _samples, "--validate", "s01,s04");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("needs at least two tuned gold documents"));
    }

    [Test]
    public async Task A_held_out_document_cannot_be_named_for_validation()
    {
        var (code, _, error) = await CliRunner.RunAsync("fit-rating", "--gold", Gold, "--db", _samples, "--validate", "h01");

        Assert.That(code, Is.EqualTo(2));
        Assert.That(error, Does.Contain("h01, a held-out document"));
    }
}
