using Ingest.Cli;
using Ingest.Core.Metadata.Dates;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest fit-dates` as a user types it, over the three-sample store (s01, s04, s09 tuned; h01 held out).</summary>
[TestFixture]
public sealed class FitDatesCommandTests
{
    private string _folder = string.Empty;
    private string _samples = string.Empty;
    private string _gold = string.Empty;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _samples = (await SampleStore.GetAsync()).DatabasePath;
        _folder = Path.Combine(Path.GetTempPath(), "ingest-fit-dates-" + Guid.NewGuid().ToString("N"));
        _gold = Path.Combine(_folder, "gold");
        foreach (var id in new[] { "s01", "s04", "s09", "h01" })
        {
            Directory.CreateDirectory(Path.Combine(_gold, id));
            foreach (var file in new[] { "gold.json", id + ".pdf" })
            {
                File.Copy(Path.Combine(Repo.Samples, id, file), Path.Combine(_gold, id, file));
            }
        }
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
    public async Task Learns_on_the_tuned_reviews_only_and_writes_weights_the_metadata_stage_can_read()
    {
        var weights = Path.Combine(_folder, "weights.tsv");
        await File.WriteAllTextAsync(weights, "bias\t0\n");

        var (code, output, error) = await Ingest("fit-dates", "--gold", _gold, "--db", _samples, "--write", weights);

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
        var (code, _, error) = await Ingest("fit-dates", "--gold", _gold, "--db", _samples, "--folds", "many");

        Assert.That(code, Is.EqualTo(ExitCodes.BadUsage));
        Assert.That(error, Does.Contain("--folds"));
    }
}
