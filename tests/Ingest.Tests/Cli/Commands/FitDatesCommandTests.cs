using Ingest.Cli;
using Ingest.Core.Metadata.Dates;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest fit-dates` as a user types it, over the three-sample store (s01, s04, s09 tuned; h01 held out).</summary>
[TestFixture]
public sealed class FitDatesCommandTests
{
    private SampleGoldFolder _copy = null!;
    private string _samples = string.Empty;

    private string Folder => _copy.Root;

    private string Gold => _copy.Gold;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _samples = (await SampleStore.GetAsync()).DatabasePath;
        _copy = new SampleGoldFolder("fit-dates");
    }

    [OneTimeTearDown]
    public void CleanUp() => _copy.Dispose();

    [Test]
    public async Task Learns_on_the_tuned_reviews_only_and_writes_weights_the_metadata_stage_can_read()
    {
        var weights = Path.Combine(Folder, "weights.tsv");
        await File.WriteAllTextAsync(weights, "bias\t0\n");

        var (code, output, error) = await CliRunner.RunAsync("fit-dates", "--gold", Gold, "--db", _samples, "--write", weights);

        Assert.That(code, Is.Zero, error);
        Assert.That(output, Does.StartWith("fit-dates: 3 tuned gold reviews"), "h01 is held out and never read");
        Assert.That(output, Does.Contain("learnt, without the rules' pick: ").And.Contain("/3 ("));
        var written = DateChooserWeights.Parse(await File.ReadAllTextAsync(weights));
        Assert.That(written.Provenance, Does.Contain("s01,s04,s09").And.Not.Contain("h01"));
        Assert.That(written.Weights.Keys, Is.EquivalentTo(IncidentDateFeatures.Names));
    }

    [Test]
    public async Task A_fold_count_that_is_no_number_is_a_usage_error()
    {
        var (code, _, error) = await CliRunner.RunAsync("fit-dates", "--gold", Gold, "--db", _samples, "--folds", "many");

        Assert.That(code, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(error, Does.Contain("--folds"));
    }
}
