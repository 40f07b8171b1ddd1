using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>The models pipeline.json names are checked at start-up: a missing or corrupt file is exit 2 naming its JSON path, and nothing is stored.</summary>
public sealed class ModelStartupTests
{
    [TestCase("missing", "not found")]
    [TestCase("corrupt", "cannot be read")]
    public async Task A_bad_model_file_exits_2_naming_its_json_path(string kind, string expected)
    {
        using var work = new TempFolder("models");
        var inbox = work.Folder("inbox");
        File.Copy(Repo.Sample("s11"), Path.Combine(inbox, "good.pdf"));
        if (kind == "corrupt")
        {
            work.WriteText("models/good_practice.zip", "PK not really a zip");
        }

        var config = work.WriteText("pipeline.json", """
            { "Stages": [ { "Name": "extract" }, { "Name": "tag" }, { "Name": "classify", "Options": { "Combine": { "good_practice": "union" } } }, { "Name": "rate" } ],
              "Models": { "good_practice": "models/good_practice.zip" } }
            """);

        var result = await IngestCli.RunAsync(work.Path, "run", inbox, "--config", config, "--db", work.Db);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Does.Contain("$.Models.good_practice"), result.Transcript);
            Assert.That(result.StdErr, Does.Contain(expected), result.Transcript);
            Assert.That(result.StdErr, Does.Not.Contain("   at "), "a stack trace instead of a message");
            Assert.That(File.Exists(work.Db), Is.False, "nothing stored");
        });
    }
}
