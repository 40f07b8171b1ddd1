using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Metadata;

/// <summary>Runs the wordings of dates.spec.md (its opening paragraph describes the format) through the shipped reader.</summary>
public sealed class DateSpecTests
{
    public sealed record Example(string Field, string Text, string? Iso)
    {
        public override string ToString() => $"{Field}: {Text.Replace("\n", " / ", StringComparison.Ordinal)}";
    }

    public static IEnumerable<TestCaseData> Examples => Load().Select(e => new TestCaseData(e).SetName(e.ToString()));

    [TestCaseSource(nameof(Examples))]
    public void Reads_the_date_as_the_spec_says(Example example)
    {
        var m = new MetadataReader().Read($"Cover\n\n{example.Text}\n\n1.1 The review began in 2020.", [], [], 1);
        var date = example.Field switch
        {
            "completed" => m.Completed,
            "published" => m.Published,
            _ => m.Incident,
        };
        Assert.That(date?.Value.Iso, Is.EqualTo(example.Iso));
    }

    [Test]
    public void The_spec_has_several_wordings_for_every_date()
    {
        var byField = Load().GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Count());
        Assert.That(byField, Has.Count.EqualTo(3));
        Assert.That(byField.Values, Has.All.GreaterThanOrEqualTo(8));
    }

    private static List<Example> Load() =>
        GroupedSpec.Read("Core/Metadata/dates.spec.md").Select(e => ToExample(e.Group, e.Line.Split(" => ", 2))).ToList();

    private static Example ToExample(string field, string[] parts) =>
        new(field, parts[0].Replace("\\n", "\n", StringComparison.Ordinal), parts[1].Trim() is var iso && iso == "none" ? null : iso);
}
