using System.Text.Json;
using System.Text.Json.Nodes;
using Ingest.Core.Configuration;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;

namespace Ingest.Tests.Core.Rating.Fitting;

/// <summary>What `fit-rating --write` does to a pipeline.json: the rate stage's Options gain the fit, nothing else moves.</summary>
public sealed class RateOptionsFileTests
{
    private const string Pipeline = """
        {
          "//": "a note the lead wrote",
          "Stages": [
            { "Name": "tag", "Options": { "Taggers": [ "police" ] } },
            // a comment the loader skips
            { "Name": "rate", "Options": { "//coverage": "why these cuts", "Coverage": { "//": "keep me", "Two": 0.1, "Three": 0.2, "Four": 0.3 }, "Overall": "rules" } }
          ],
          "Run": { "DocumentTimeoutSeconds": 300 }
        }
        """;

    private static JsonObject Changes() => new()
    {
        ["Coverage"] = new JsonObject { ["Two"] = 0.12, ["Three"] = 0.24, ["Four"] = 0.3 },
        ["PoliceGoodPractice"] = new JsonObject { ["Two"] = 1, ["Three"] = 1.5, ["Four"] = 4 },
    };

    private static RateOptions Read(string json)
    {
        var rate = PipelineConfigLoader.Parse(json).Stages.Single(s => s.Name == RateStage.StageName);
        return RateOptions.FromJson(rate.Options, "rate");
    }

    [Test]
    public void Sets_the_fitted_values_and_keeps_every_other_key_and_byte()
    {
        var written = RateOptionsFile.Rewrite(Pipeline, "pipeline.json", Changes());

        var options = Read(written);
        Assert.That(options.Coverage, Is.EqualTo(new Bands(0.12, 0.24, 0.3)));
        Assert.That(options.PoliceGoodPractice, Is.EqualTo(new Bands(1, 1.5, 4)));
        Assert.That(options.Overall, Is.EqualTo("rules"));
        Assert.That(written, Does.Contain("\"//coverage\": \"why these cuts\"").And.Contain("\"//\": \"keep me\""));
        var before = Pipeline.IndexOf("{ \"//coverage\"", StringComparison.Ordinal);
        Assert.That(written[..before], Is.EqualTo(Pipeline[..before]), "everything before the rate options is untouched, comment included");
        Assert.That(written, Does.EndWith(" }\n  ],\n  \"Run\": { \"DocumentTimeoutSeconds\": 300 }\n}"));
    }

    [Test]
    public void Adds_options_to_a_rate_stage_that_has_none()
    {
        var pipeline = """{ "Stages": [ { "Name": "rate" } ] }""";

        var written = RateOptionsFile.Rewrite(pipeline, "pipeline.json", Changes());

        Assert.That(Read(written).Coverage, Is.EqualTo(new Bands(0.12, 0.24, 0.3)));
        Assert.That(written, Does.StartWith("""{ "Stages": [ { "Name": "rate", "Options": {"""));
    }

    [TestCase("{ \"Stages\": [ { \"Name\": \"rate\" } ", "is not valid JSON")]
    [TestCase("{ \"Stages\": [ { \"Name\": \"tag\" } ] }", "has no \"rate\" stage")]
    [TestCase("[]", "is not a JSON object")]
    [TestCase("{ \"Stages\": [ { \"Name\": \"rate\", \"Options\": [] } ] }", "Options is not a JSON object")]
    public void Refuses_a_file_it_cannot_write_into_with_a_clear_message(string pipeline, string message)
    {
        var e = Assert.Throws<ConfigurationException>(() => RateOptionsFile.Rewrite(pipeline, "p.json", Changes()));
        Assert.That(e!.Message, Does.Contain(message));
    }

    [Test]
    public void Refuses_a_result_the_pipeline_would_not_load()
    {
        var falling = new JsonObject { ["Coverage"] = new JsonObject { ["Two"] = 0.3, ["Three"] = 0.1, ["Four"] = 0.2 } };

        Assert.Throws<ConfigurationException>(() => RateOptionsFile.Rewrite(Pipeline, "p.json", falling));
    }
}
