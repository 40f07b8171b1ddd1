using Ingest.Cli;
using Ingest.Tests.Support;

namespace Ingest.Tests.Cli.Commands;

/// <summary>`ingest train --compare-section-types` as a user types it, over the sample store (s01, s04, s09 tuned; h01 held out).</summary>
[TestFixture]
public sealed class SectionTypeComparisonReportTests
{
    private SampleGoldFolder _copy = null!;

    private string Folder => _copy.Root;

    private string Gold => _copy.Gold;

    [OneTimeSetUp]
    public void CopyTheGold() => _copy = new SampleGoldFolder("compare-sections");

    [OneTimeTearDown]
    public void CleanUp() => _copy.Dispose();

    [Test]
    public async Task Compares_the_model_with_the_rules_on_the_tuned_reviews_and_writes_no_model()
    {
        var db = (await SampleStore.GetAsync()).DatabasePath;
        var models = Path.Combine(Folder, "models");

        var (code, text, error) = await CliRunner.RunAsync("train", "--compare-section-types", "--gold", Gold, "--db", db, "--out", models);

        Assert.That(code, Is.EqualTo(0), error);
        Assert.That(text, Does.Contain("rules alone").And.Contain("model alone").And.Contain("rules then model where they fall back"));
        Assert.That(text, Does.Contain("on arrival s04-s09").And.Contain("trained on the reviews before s04"), "the held-out h01 is in no batch");
        Assert.That(text, Does.Not.Contain("h01"));
        Assert.That(Directory.Exists(models), Is.False);
    }
}
