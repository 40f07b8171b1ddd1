using Ingest.Core.Sections;

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

    private static List<Example> Load()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Core/Sections/section-types.spec.md");
        var examples = new List<Example>();
        string? type = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                type = line[3..].Trim();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && type is not null)
            {
                var parts = line[2..].Split(" | under ", 2);
                examples.Add(new Example(parts[0].Trim(), parts.Length > 1 ? parts[1].Trim() : null, type));
            }
        }

        return examples;
    }
}
