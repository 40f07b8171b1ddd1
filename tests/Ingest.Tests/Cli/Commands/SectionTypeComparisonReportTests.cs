using Ingest.Cli;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest train --compare-section-types` as a user types it, over the sample store (s01, s04, s09 tuned; h01 held out).</summary>
[TestFixture]
public sealed class SectionTypeComparisonReportTests
{
    private string _folder = string.Empty;
    private string _gold = string.Empty;

    [OneTimeSetUp]
    public void CopyTheGold()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ingest-compare-sections-" + Guid.NewGuid().ToString("N"));
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

    [Test]
    public async Task Compares_the_model_with_the_rules_on_the_tuned_reviews_and_writes_no_model()
    {
        var db = (await SampleStore.GetAsync()).DatabasePath;
        var models = Path.Combine(_folder, "models");
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await CliApp.RunAsync(["train", "--compare-section-types", "--gold", _gold, "--db", db, "--out", models], output, error, CancellationToken.None);

        Assert.That(code, Is.EqualTo(0), error.ToString());
        var text = output.ToString();
        Assert.That(text, Does.Contain("rules alone").And.Contain("model alone").And.Contain("rules then model where they fall back"));
        Assert.That(text, Does.Contain("on arrival s04-s09").And.Contain("trained on the reviews before s04"), "the held-out h01 is in no batch");
        Assert.That(text, Does.Not.Contain("h01"));
        Assert.That(Directory.Exists(models), Is.False);
    }
}
