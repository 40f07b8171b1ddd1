using System.Text.Json;
using Ingest.Cli.Hosting;
using Ingest.Core.Configuration;
using Ingest.Core.Pipeline;
using Ingest.Ml.Models;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Configuration;

/// <summary>
/// CONTRACT.md section 2: a bad pipeline.json fails at start-up with a message that names the JSON
/// path (or the line and position of a syntax error), checked against the stages this build knows.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class PipelineConfigLoaderTests
{
    private const string GoodRun = """
        "Run": { "DocumentTimeoutSeconds": 30, "MaxParallelDocuments": 2, "MaxAttempts": 3, "MaxFileMegabytes": 100 }
        """;

    /// <summary>Parses and builds the stages with the host's real catalog, as `ingest run` does at start-up.</summary>
    private static (PipelineConfig Config, IReadOnlyList<IPipelineStage> Stages) LoadAndBuild(string json)
    {
        var config = PipelineConfigLoader.Parse(json, "test pipeline.json");
        return (config, StageRegistry.Create().Build(config.Stages));
    }

    private static ConfigurationException Rejects(string json) =>
        Assert.Throws<ConfigurationException>(() => LoadAndBuild(json))!;

    [Test]
    public void A_syntax_error_names_its_line_and_position()
    {
        // The comma after the Run object is missing: the error is where "Storage" starts, line 4, column 3.
        const string json = "{\n  \"Stages\": [ { \"Name\": \"extract\" } ],\n  \"Run\": { \"MaxAttempts\": 3 }\n  \"Storage\": { }\n}\n";

        var e = Rejects(json);

        Assert.That(e.Message, Does.Contain("not valid JSON"));
        Assert.That(e.Message, Does.Contain("line 4, position 3"));
    }

    [Test]
    public void A_file_cut_short_is_a_syntax_error_not_a_crash()
    {
        var e = Rejects("{ \"Stages\": [ { \"Name\": \"extract\" }");

        Assert.That(e.Message, Does.Contain("not valid JSON").And.Contain("line 1"));
    }

    [Test]
    public void An_unknown_stage_names_its_path_and_lists_the_known_stages()
    {
        var e = Rejects("""{ "Stages": [ { "Name": "extrakt" } ] }""");

        Assert.That(e.JsonPath, Is.EqualTo("$.Stages[0].Name"));
        Assert.That(e.Message, Does.StartWith("$.Stages[0].Name:"));
        Assert.That(e.Message, Does.Contain("'extrakt'"));
        var known = StageRegistry.Create().Names;
        Assert.That(known, Does.Contain("extract"));
        foreach (var name in known)
        {
            Assert.That(e.Message, Does.Contain(name), "every known stage is listed");
        }
    }

    [Test]
    public void An_unknown_stage_later_in_the_list_names_its_own_index()
    {
        var e = Rejects("""{ "Stages": [ { "Name": "extract" }, { "Name": "sections-typo" } ] }""");

        Assert.That(e.JsonPath, Is.EqualTo("$.Stages[1].Name"));
    }

    [TestCase("\"DocumentTimeoutSeconds\": 0", "$.Run.DocumentTimeoutSeconds")]
    [TestCase("\"DocumentTimeoutSeconds\": 100000", "$.Run.DocumentTimeoutSeconds")]
    [TestCase("\"MaxParallelDocuments\": 0", "$.Run.MaxParallelDocuments")]
    [TestCase("\"MaxAttempts\": -1", "$.Run.MaxAttempts")]
    [TestCase("\"MaxFileMegabytes\": 0", "$.Run.MaxFileMegabytes")]
    public void An_out_of_range_run_option_names_its_path(string option, string path)
    {
        var e = Rejects($$"""{ "Stages": [ { "Name": "extract" } ], "Run": { {{option}} } }""");

        Assert.That(e.JsonPath, Is.EqualTo(path));
        Assert.That(e.Message, Does.Contain("out of range"));
    }

    [TestCase("\"FurnitureBandFraction\": 0.9", "$.Stages[0].Options.FurnitureBandFraction")]
    [TestCase("\"FurnitureMinRepeats\": 1", "$.Stages[0].Options.FurnitureMinRepeats")]
    [TestCase("\"NeedsOcrPageFraction\": 0", "$.Stages[0].Options.NeedsOcrPageFraction")]
    public void An_out_of_range_stage_option_names_its_path(string option, string path)
    {
        var e = Rejects($$"""{ "Stages": [ { "Name": "extract", "Options": { {{option}} } } ] }""");

        Assert.That(e.JsonPath, Is.EqualTo(path));
        Assert.That(e.Message, Does.Contain("out of range"));
    }

    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Run": { "DocumentTimeoutSeconds": "60" } }""", "$.Run.DocumentTimeoutSeconds")]
    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Run": { "MaxAttempts": 2.5 } }""", "$.Run.MaxAttempts")]
    [TestCase("""{ "Stages": [ { "Name": "extract", "Options": { "FurnitureMinRepeats": "three" } } ] }""", "$.Stages[0].Options.FurnitureMinRepeats")]
    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Storage": { "Provider": "mysql" } }""", "$.Storage.Provider")]
    public void An_option_of_the_wrong_kind_names_its_path(string json, string path)
    {
        Assert.That(Rejects(json).JsonPath, Is.EqualTo(path));
    }

    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Run": { "DocumentTimeout": 60 } }""", "$.Run.DocumentTimeout")]
    [TestCase("""{ "Stages": [ { "Name": "extract", "Options": { "FurnitureBand": 0.1 } } ] }""", "$.Stages[0].Options.FurnitureBand")]
    [TestCase("""{ "Stages": [ { "Name": "extract", "Option": { } } ] }""", "$.Stages[0].Option")]
    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Storage": { "Databse": "x.db" } }""", "$.Storage.Databse")]
    [TestCase("""{ "Stages": [ { "Name": "extract" } ], "Stroage": { } }""", "$.Stroage")]
    public void An_unknown_option_is_rejected_with_its_path(string json, string path)
    {
        var e = Rejects(json);

        Assert.That(e.JsonPath, Is.EqualTo(path));
        Assert.That(e.Message, Does.Contain("unknown option"));
    }

    [Test]
    public void Comments_in_the_file_are_allowed_and_not_taken_for_options()
    {
        var (config, stages) = LoadAndBuild("""
            {
              "//": "a note",
              // a line comment
              "Stages": [ { "Name": "extract", "Options": { "//": "why 0.08", "FurnitureBandFraction": 0.08 } } ]
            }
            """);

        Assert.That(stages.Select(s => s.Name), Is.EqualTo(new[] { "extract" }));
        Assert.That(config.Stages[0].JsonPath, Is.EqualTo("$.Stages[0]"));
    }

    [TestCase("{ }")]
    [TestCase("""{ "Run": { "MaxAttempts": 3 } }""")]
    public void A_missing_stage_list_is_rejected(string json)
    {
        var e = Rejects(json);

        Assert.That(e.JsonPath, Is.EqualTo("$.Stages"));
        Assert.That(e.Message, Does.Contain("missing"));
    }

    [TestCase("""{ "Stages": [ ] }""")]
    [TestCase("""{ "Stages": [ { "Name": "extract", "Enabled": false } ] }""")]
    public void An_empty_stage_list_is_rejected(string json)
    {
        Assert.That(Rejects(json).JsonPath, Is.EqualTo("$.Stages"));
    }

    [Test]
    public void A_stage_without_a_name_names_its_path()
    {
        Assert.That(Rejects("""{ "Stages": [ { "Options": { } } ] }""").JsonPath, Is.EqualTo("$.Stages[0].Name"));
    }

    [Test]
    public void A_stage_listed_twice_is_rejected()
    {
        Assert.That(Rejects("""{ "Stages": [ { "Name": "extract" }, { "Name": "extract" } ] }""").JsonPath, Is.EqualTo("$.Stages[1].Name"));
    }

    [Test]
    public void Stages_that_are_not_a_list_are_rejected()
    {
        Assert.That(Rejects("""{ "Stages": { "Name": "extract" } }""").JsonPath, Is.EqualTo("$.Stages"));
        Assert.That(Rejects("""{ "Stages": [ "extract" ] }""").JsonPath, Is.EqualTo("$.Stages[0]"));
    }

    [Test]
    public void Postgres_without_a_connection_string_is_rejected()
    {
        var e = Rejects("""{ "Stages": [ { "Name": "extract" } ], "Storage": { "Provider": "postgres" } }""");

        Assert.That(e.JsonPath, Is.EqualTo("$.Storage.ConnectionString"));
    }

    [Test]
    public void A_missing_file_is_a_configuration_error()
    {
        var path = Path.Combine(Path.GetTempPath(), $"no-such-{Guid.NewGuid():N}", "pipeline.json");

        var e = Assert.Throws<ConfigurationException>(() => PipelineConfigLoader.LoadFile(path))!;

        Assert.That(e.Message, Does.Contain(path));
    }

    [Test]
    public void Run_options_are_read_as_written()
    {
        var (config, _) = LoadAndBuild($$"""{ "Stages": [ { "Name": "extract" } ], {{GoodRun}} }""");

        Assert.That(config.Run.DocumentTimeout, Is.EqualTo(TimeSpan.FromSeconds(30)));
        Assert.That(config.Run.MaxParallelDocuments, Is.EqualTo(2));
        Assert.That(config.Run.MaxAttempts, Is.EqualTo(3));
        Assert.That(config.Run.MaxFileBytes, Is.EqualTo(100L * 1024 * 1024));
    }

    [Test]
    public void The_repository_pipeline_json_loads_and_builds()
    {
        var path = Path.Combine(Repo.Root, "pipeline.json");

        var config = PipelineConfigLoader.LoadFile(path);
        // With the models it names, as `run` builds it: a classify stage that combines with a model needs the model.
        var stages = StageRegistry.Create(ModelSet.Load(config.Root, Repo.Root)).Build(config.Stages);

        using var raw = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var listed = raw.RootElement.GetProperty("Stages").EnumerateArray()
            .Where(s => !s.TryGetProperty("Enabled", out var enabled) || enabled.GetBoolean())
            .Select(s => s.GetProperty("Name").GetString())
            .ToList();
        Assert.That(stages.Select(s => s.Name), Is.EqualTo(listed), "the stages built, in the file's order");
        Assert.That(config.FilePath, Is.EqualTo(path));
        if (raw.RootElement.TryGetProperty("Run", out var run) && run.TryGetProperty("DocumentTimeoutSeconds", out var timeout))
        {
            Assert.That(config.Run.DocumentTimeout, Is.EqualTo(TimeSpan.FromSeconds(timeout.GetDouble())), "read from the file, not defaulted");
        }
    }
}
