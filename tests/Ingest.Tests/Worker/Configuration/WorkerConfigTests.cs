using Ingest.Core.Configuration;
using Ingest.Worker.Configuration;

namespace Ingest.Tests.Worker.Configuration;

/// <summary>The worker's pipeline.json sections: defaults, and every mistake stopped at start-up with its JSON path.</summary>
[TestFixture]
public sealed class WorkerConfigTests
{
    private const string Stages = """ "Stages": [ { "Name": "extract" } ] """;

    [Test]
    public void Without_worker_sections_it_listens_on_loopback_5080_and_scans_nightly_at_two_London_time()
    {
        var config = Read("{" + Stages + "}");

        Assert.Multiple(() =>
        {
            Assert.That(config.Serve.Urls, Is.EqualTo(new[] { "http://127.0.0.1:5080" }));
            Assert.That(config.Serve.AllowRemote, Is.False);
            Assert.That(config.Schedule.Cron, Is.EqualTo("0 0 2 * * ?"));
            Assert.That(config.Schedule.TimeZone.Id, Is.EqualTo("Europe/London"));
            Assert.That(config.Sources, Is.Empty);
        });
    }

    [Test]
    public void Sources_of_both_kinds_are_read_with_their_options()
    {
        var config = Read("{" + Stages + """
            , "Sources": [
                { "Kind": "folder", "Path": "/srv/drop" },
                { "Kind": "http", "IndexPages": [ "https://example.org/reviews" ], "LinkPattern": "/files/.*\\.pdf$",
                  "MaxMegabytes": 5, "PolitenessDelaySeconds": 3, "TimeoutSeconds": 20, "MaxRetries": 2 } ] }
            """);

        var folder = (FolderSourceOptions)config.Sources[0];
        var http = (HttpSourceOptions)config.Sources[1];
        Assert.Multiple(() =>
        {
            Assert.That(folder.Folder, Is.EqualTo("/srv/drop"));
            Assert.That(http.IndexPages.Single(), Is.EqualTo(new Uri("https://example.org/reviews")));
            Assert.That(http.LinkPattern.IsMatch("https://example.org/files/sar-adult-b.pdf"), Is.True);
            Assert.That(http.LinkPattern.IsMatch("https://example.org/news/sar.html"), Is.False);
            Assert.That(http.MaxBytes, Is.EqualTo(5L * 1024 * 1024));
            Assert.That(http.PolitenessDelay, Is.EqualTo(TimeSpan.FromSeconds(3)));
            Assert.That(http.Timeout, Is.EqualTo(TimeSpan.FromSeconds(20)));
            Assert.That(http.MaxRetries, Is.EqualTo(2));
            Assert.That(http.JsonPath, Is.EqualTo("$.Sources[1]"));
        });
    }

    [TestCase("""{ "Schedule": { "Cron": "every night" } }""", "$.Schedule.Cron")]
    [TestCase("""{ "Schedule": { "TimeZone": "Europe/Lundun" } }""", "$.Schedule.TimeZone")]
    [TestCase("""{ "Schedule": { "Crn": "0 0 2 * * ?" } }""", "$.Schedule.Crn")]
    [TestCase("""{ "Serve": { "Urls": "http://0.0.0.0:5080" } }""", "$.Serve.Urls")]
    [TestCase("""{ "Serve": { "Urls": "ftp://127.0.0.1:21" } }""", "$.Serve.Urls")]
    [TestCase("""{ "Sources": [ { "Kind": "ftp" } ] }""", "$.Sources[0].Kind")]
    [TestCase("""{ "Sources": [ { "Kind": "folder" } ] }""", "$.Sources[0].Path")]
    [TestCase("""{ "Sources": [ { "Kind": "folder", "Path": "x", "Recursive": true } ] }""", "$.Sources[0].Recursive")]
    [TestCase("""{ "Sources": [ { "Kind": "http", "IndexPages": [] } ] }""", "$.Sources[0].IndexPages")]
    [TestCase("""{ "Sources": [ { "Kind": "http", "IndexPages": [ "example.org/reviews" ] } ] }""", "$.Sources[0].IndexPages[0]")]
    [TestCase("""{ "Sources": [ { "Kind": "http", "IndexPages": [ "https://example.org/" ], "LinkPattern": "([" } ] }""", "$.Sources[0].LinkPattern")]
    [TestCase("""{ "Sources": [ { "Kind": "http", "IndexPages": [ "https://example.org/" ], "MaxMegabytes": -1 } ] }""", "$.Sources[0].MaxMegabytes")]
    public void A_mistake_is_reported_with_its_json_path(string sections, string path)
    {
        var json = "{" + Stages + ", " + sections.Trim().TrimStart('{');
        var e = Assert.Throws<ConfigurationException>(() => Read(json));
        Assert.That(e!.JsonPath, Is.EqualTo(path), e.Message);
    }

    [Test]
    public void A_remote_address_is_allowed_only_when_pipeline_json_says_so()
    {
        var allowed = Read("{" + Stages + """, "Serve": { "Urls": "http://0.0.0.0:8080", "AllowRemote": true } }""");
        Assert.That(allowed.Serve.Urls, Is.EqualTo(new[] { "http://0.0.0.0:8080" }));

        var local = Read("{" + Stages + "}");
        var e = Assert.Throws<ConfigurationException>(() => local.Serve.WithUrls("http://192.0.2.10:8080"));
        Assert.That(e!.Message, Does.Contain("--urls").And.Contain("AllowRemote"));
        Assert.That(local.Serve.WithUrls("http://localhost:6000;http://[::1]:6000").Urls, Has.Count.EqualTo(2));
    }

    [Test]
    public void Watched_folders_are_added_as_drop_folder_sources()
    {
        var config = Read("{" + Stages + "}").WithWatchedFolders(["/tmp/inbox"]);

        Assert.That(config.Sources.OfType<FolderSourceOptions>().Single().Folder, Is.EqualTo("/tmp/inbox"));
    }

    [Test]
    public void The_repository_pipeline_json_gives_the_documented_defaults()
    {
        var config = WorkerConfig.Read(PipelineConfigLoader.LoadFile(Path.Combine(Support.Repo.Root, "pipeline.json")));

        Assert.That((config.Serve.Urls.Single(), config.Schedule.Cron, config.Schedule.TimeZone.Id, config.Sources.Count), Is.EqualTo(("http://127.0.0.1:5080", "0 0 2 * * ?", "Europe/London", 0)));
    }

    private static WorkerConfig Read(string json) => WorkerConfig.Read(PipelineConfigLoader.Parse(json));
}
