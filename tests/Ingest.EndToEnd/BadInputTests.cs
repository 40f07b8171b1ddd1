using Ingest.EndToEnd.Support;

namespace Ingest.EndToEnd;

/// <summary>
/// Bad files fail one by one with a stored reason and exit code 1; bad configuration or usage stops
/// the run before anything is touched, with exit code 2.
/// </summary>
[TestFixture]
public sealed class BadInputTests
{
    [Test]
    public async Task Bad_files_are_listed_and_stored_as_failed_with_their_reason_and_the_good_one_is_ingested()
    {
        using var work = new TempFolder("bad");
        var inbox = work.Folder("inbox");
        var good = Path.Combine(inbox, "good.pdf");
        File.Copy(Repo.Sample("s11"), good);
        var empty = Path.Combine(inbox, "empty.pdf");
        File.WriteAllBytes(empty, []);
        var notPdf = Path.Combine(inbox, "meeting-notes.pdf");
        File.WriteAllText(notPdf, "Minutes of the panel meeting, 4 March 2021.\nThis is plain text, not a PDF.\n");
        var truncated = Path.Combine(inbox, "truncated.pdf");
        var whole = File.ReadAllBytes(Repo.Sample("s12"));
        File.WriteAllBytes(truncated, whole[..(whole.Length / 2)]);
        var bad = new[] { empty, notPdf, truncated };

        var result = await IngestCli.RunAsync(work.Path, "run", inbox, "--db", work.Db);

        Assert.That(result.TimedOut, Is.False, result.Transcript);
        Assert.That(result.ExitCode, Is.EqualTo(1), "exit code 1: the run completed but some documents failed\n" + result.Transcript);

        var summary = RunOutput.Summary(result);
        Assert.That((summary.Seen, summary.Ingested, summary.Failed), Is.EqualTo((4, 1, 3)), summary.Raw);

        var listed = RunOutput.FailureList(result, bad);
        var logLines = RunOutput.LogLines(result);
        var store = new StoreReader(work.Db);
        Assert.Multiple(() =>
        {
            foreach (var path in bad)
            {
                var name = Path.GetFileName(path);
                Assert.That(listed.ContainsKey(path), Is.True, $"{name} is not in the failure list\n{result.Transcript}");
                var reason = listed.GetValueOrDefault(path);
                Assert.That(reason, Is.Not.Null.And.Not.Empty.And.Not.EqualTo("failed"), $"{name}: no reason given");
                Assert.That(logLines.Where(l => l.Path == path).Select(l => l.Word), Is.EqualTo(new[] { "FAILED" }), $"{name}: log line");

                var stored = store.Document(StoreReader.Sha256Of(path));
                Assert.That(stored, Is.Not.Null, $"{name} is not in the store (failures must be kept, not dropped)");
                Assert.That(stored?.Status, Is.EqualTo("failed"), $"{name}: stored status");
                Assert.That(stored?.Error, Is.Not.Null.And.Not.Empty, $"{name}: stored error");
                Assert.That(reason, Is.EqualTo(stored?.Error), $"{name}: the reason printed is not the reason stored");
                Assert.That(stored?.Source, Is.EqualTo(path), $"{name}: source");
            }

            // The reasons say what is wrong in words a user understands.
            Assert.That(listed.GetValueOrDefault(empty), Does.Contain("empty").IgnoreCase);
            Assert.That(listed.GetValueOrDefault(notPdf), Does.Contain("not a PDF").IgnoreCase);
            Assert.That(listed.GetValueOrDefault(truncated), Does.Contain("PDF"));

            var goodDoc = store.Document(StoreReader.Sha256Of(good));
            Assert.That(goodDoc?.Status, Is.EqualTo("ingested"), "the good file");
            Assert.That(goodDoc?.TextLength, Is.GreaterThan(0), "the good file's text");
            Assert.That(store.Documents(), Has.Count.EqualTo(4), "every file is a document in the store");
        });
    }

    private static IEnumerable<TestCaseData> BadConfigs()
    {
        yield return new TestCaseData(
            """
            {
              "Stages": [ { "Name": "extract" } ],
              "Run": {
                "DocumentTimeoutSeconds": 20
                "MaxParallelDocuments": 1
              }
            }
            """,
            new[] { "$", "line 5" }).SetName("Config_with_a_JSON_syntax_error_exits_2_naming_where_it_is");
        yield return new TestCaseData(
            """
            { "Stages": [ { "Name": "extract" }, { "Name": "frobnicate" } ] }
            """,
            new[] { "$.Stages[1].Name", "frobnicate" }).SetName("Config_with_an_unknown_stage_exits_2_naming_its_JSON_path");
        yield return new TestCaseData(
            """
            { "Stages": [ { "Name": "extract" } ], "Run": { "DocumentTimeoutSeconds": -5 } }
            """,
            new[] { "$.Run.DocumentTimeoutSeconds", "-5" }).SetName("Config_with_a_negative_timeout_exits_2_naming_its_JSON_path");
    }

    [TestCaseSource(nameof(BadConfigs))]
    public async Task Bad_config(string json, string[] expectedInError)
    {
        using var work = new TempFolder("config");
        var inbox = work.Folder("inbox");
        File.Copy(Repo.Sample("s11"), Path.Combine(inbox, "good.pdf"));
        var config = work.WriteText("bad.json", json);

        var result = await IngestCli.RunAsync(work.Path, "run", inbox, "--config", config, "--db", work.Db);

        Assert.That(result.TimedOut, Is.False, result.Transcript);
        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            foreach (var expected in expectedInError)
            {
                Assert.That(result.StdErr, Does.Contain(expected), result.Transcript);
            }

            Assert.That(result.StdErr, Does.Not.Contain("   at "), "a stack trace instead of a message");
            AssertNothingCreated(work, result);
        });
    }

    [Test]
    public async Task Json_syntax_error_message_gives_one_line_number_only()
    {
        // A user reading "line 5 ... LineNumber: 4" cannot tell which line to fix.
        using var work = new TempFolder("config");
        var config = work.WriteText("bad.json", "{\n  \"Stages\": [ { \"Name\": \"extract\" } ],\n  \"Run\": { \"MaxParallelDocuments\": 1 \"MaxAttempts\": 2 }\n}\n");

        var result = await IngestCli.RunAsync(work.Path, "run", work.Folder("inbox"), "--config", config, "--db", work.Db);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Does.Contain("line 3"), result.Transcript);
            Assert.That(result.StdErr, Does.Not.Contain("LineNumber"), result.Transcript);
        });
    }

    [Test]
    public async Task Missing_config_file_exits_2_naming_it()
    {
        using var work = new TempFolder("config");
        var missing = work.Combine("no-such-pipeline.json");

        var result = await IngestCli.RunAsync(work.Path, "run", work.Folder("inbox"), "--config", missing, "--db", work.Db);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Does.Contain("no-such-pipeline.json"), result.Transcript);
            AssertNothingCreated(work, result);
        });
    }

    [Test]
    public async Task Unknown_option_exits_2_naming_it()
    {
        using var work = new TempFolder("usage");
        var inbox = work.Folder("inbox");
        File.Copy(Repo.Sample("s11"), Path.Combine(inbox, "good.pdf"));

        var result = await IngestCli.RunAsync(work.Path, "run", inbox, "--db", work.Db, "--frobnicate", "yes");

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Does.Contain("--frobnicate"), result.Transcript);
            AssertNothingCreated(work, result);
        });
    }

    [Test]
    public async Task Path_that_does_not_exist_exits_2_naming_it()
    {
        using var work = new TempFolder("usage");
        var missing = work.Combine("no-such-folder");

        var result = await IngestCli.RunAsync(work.Path, "run", missing, "--db", work.Db);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Does.Contain("no-such-folder"), result.Transcript);
            AssertNothingCreated(work, result);
        });
    }

    [Test]
    public async Task Run_without_any_path_exits_2()
    {
        using var work = new TempFolder("usage");

        var result = await IngestCli.RunAsync(work.Path, "run", "--db", work.Db);

        Assert.Multiple(() =>
        {
            Assert.That(result.ExitCode, Is.EqualTo(2), result.Transcript);
            Assert.That(result.StdErr, Is.Not.Empty, result.Transcript);
            AssertNothingCreated(work, result);
        });
    }

    /// <summary>Exit code 2 means nothing changed: no database, no archive, nothing processed.</summary>
    private static void AssertNothingCreated(TempFolder work, CliResult result)
    {
        Assert.That(File.Exists(work.Db), Is.False, "a database file was created\n" + result.Transcript);
        Assert.That(Directory.EnumerateFiles(work.Path, "ingest.db*"), Is.Empty, "database side files were created");
        Assert.That(Directory.Exists(work.Archive), Is.False, "an archive folder was created");
        Assert.That(Directory.Exists(work.Combine("data")), Is.False, "a default data/ folder was created");
        Assert.That(result.StdOut, Does.Not.Contain("summary:"), "a run was started");
    }
}
