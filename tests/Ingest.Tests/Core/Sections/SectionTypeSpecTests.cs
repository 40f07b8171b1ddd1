using Ingest.Core.Sections;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Sections;

/// <summary>Runs the wordings of section-types.spec.md (its opening paragraph describes the format).</summary>
public sealed class SectionTypeSpecTests
{
    public sealed record Example(string Heading, string? Chapter, string Type)
    {
        public override string ToString() => Chapter is null ? $"{Type}: {Heading}" : $"{Type}: {Heading} (under {Chapter})";
    }

    public static IEnumerable<TestCaseData> Examples => Load().Select(e => new TestCaseData(e).SetName(e.ToString()));

    [TestCaseSource(nameof(Examples))]
    public void Types_the_heading_as_the_spec_says(Example example)
    {
        Assert.That(SectionTypeClassifier.Default.TypeOf(example.Heading, example.Chapter), Is.EqualTo(example.Type));
    }

    [Test]
    public void The_spec_has_several_wordings_for_every_type()
    {
        var byType = Load().GroupBy(e => e.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Multiple(() =>
        {
            Assert.That(byType.Values.Sum(), Is.GreaterThanOrEqualTo(150));
            foreach (var type in new[] { "contents", "executive_summary", "introduction", "terms_of_reference", "methodology", "background", "chronology", "analysis", "findings", "good_practice", "lessons_learned", "conclusions", "recommendations", "action_plan", "glossary", "appendix", "other" })
            {
                Assert.That(byType.GetValueOrDefault(type), Is.GreaterThanOrEqualTo(3), type);
            }
        });
    }

    private static List<Example> Load() =>
        GroupedSpec.Read("Core/Sections/section-types.spec.md").Select(e => ToExample(e.Group, e.Line.Split(" | under ", 2))).ToList();

    private static Example ToExample(string type, string[] parts) => new(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : null, type);
}
