using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Recommendations;

namespace Ingest.Tests.Core.Tagging.Recommendations;

/// <summary>Runs the examples of recommendations.spec.md (its opening paragraph describes the format).</summary>
public sealed partial class RecommendationSpecTests
{
    public sealed record Expected(string? Number, IReadOnlyList<string> Agencies, string Text);

    public sealed record Example(string Name, string Input, IReadOnlyList<(string Type, string Heading)> Sections, IReadOnlyList<Expected> Recommendations)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<TestCaseData> Examples => Load("Core/Tagging/Recommendations/recommendations.spec.md").Select(e => new TestCaseData(e).SetName(e.Name));

    [TestCaseSource(nameof(Examples))]
    public void Tags_as_the_spec_says(Example example)
    {
        var context = TaggingContext.For(example.Input, SectionsOf(example), null);
        var actual = new RecommendationTagger().Tag(context).Where(a => a.Label == Labels.Recommendation).OrderBy(a => a.Start).ToList();

        Assert.That(actual.Select(a => Collapse(a.Text)), Is.EqualTo(example.Recommendations.Select(r => Collapse(r.Text))), "spans");
        Assert.Multiple(() =>
        {
            for (var i = 0; i < actual.Count; i++)
            {
                Assert.That(actual[i].Text, Is.EqualTo(example.Input[actual[i].Start..actual[i].End]), "text is the span's");
                Assert.That(actual[i].Attributes.Number, Is.EqualTo(example.Recommendations[i].Number), $"number of {actual[i].Text}");
                Assert.That(actual[i].Attributes.Agencies, Is.EquivalentTo(example.Recommendations[i].Agencies), $"agencies of {actual[i].Text}");
            }
        });
    }

    [Test]
    public void The_spec_has_examples() => Assert.That(Examples.Count(), Is.GreaterThanOrEqualTo(15));

    /// <summary>Each listed heading starts a section that runs to the next listed heading, or to the end of the text; "findings/2" gives a sub-section's level.</summary>
    private static List<Section> SectionsOf(Example example)
    {
        var starts = example.Sections.Select(s => (Type: s.Type.Split('/')[0], Level: s.Type.Contains('/') ? int.Parse(s.Type.Split('/')[1]) : 1, s.Heading, Start: HeadingAt(example.Input, s.Heading))).OrderBy(s => s.Start).ToList();
        return starts.Select((s, i) => new Section(s.Heading, s.Type, s.Level, s.Start, i + 1 < starts.Count ? starts[i + 1].Start : example.Input.Length, s.Start + s.Heading.Length, 1.0)).ToList();
    }

    private static int HeadingAt(string input, string heading)
    {
        var m = Regex.Match(input, $@"(?<=^|\n){Regex.Escape(heading)}(?=\n|$)");
        return m.Success ? m.Index : throw new InvalidOperationException($"no paragraph '{heading}' in the example");
    }

    private static IEnumerable<Example> Load(string relativePath)
    {
        var lines = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath));
        var examples = new List<Example>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].StartsWith("## ", StringComparison.Ordinal))
            {
                examples.Add(ReadExample(lines, ref i));
            }
        }

        return examples;
    }

    /// <summary>From a "## " heading to the next: the Sections line, the fenced input, the table of expected recommendations.</summary>
    private static Example ReadExample(string[] lines, ref int i)
    {
        var name = lines[i][3..].Trim();
        var sections = new List<(string, string)>();
        var input = new List<string>();
        var expected = new List<Expected>();
        for (i++; i < lines.Length && !lines[i].StartsWith("## ", StringComparison.Ordinal); i++)
        {
            var line = lines[i];
            if (line.StartsWith("Sections:", StringComparison.Ordinal))
            {
                sections.AddRange(line["Sections:".Length..].Split(';', StringSplitOptions.TrimEntries).Select(s => s.Split('=', 2, StringSplitOptions.TrimEntries)).Select(p => (p[0], p[1])));
            }
            else if (line.StartsWith("```text", StringComparison.Ordinal))
            {
                for (i++; lines[i] != "```"; i++)
                {
                    input.Add(lines[i]);
                }
            }
            else if (Row().Match(line) is { Success: true } row && row.Groups["number"].Value.Trim() != "number" && !row.Groups["number"].Value.Contains("--", StringComparison.Ordinal))
            {
                expected.Add(ToExpected(row));
            }
        }

        i--;
        return new Example(name, string.Join('\n', input), sections, expected);
    }

    private static Expected ToExpected(Match row)
    {
        var number = row.Groups["number"].Value.Trim();
        var agencies = row.Groups["agencies"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return new Expected(number == "-" ? null : number, agencies, row.Groups["text"].Value.Trim());
    }

    private static string Collapse(string s) => Whitespace().Replace(s, " ").Trim();

    // "| 3 | police, health | The text |"; the separator row "|---|" does not match.
    [GeneratedRegex(@"^\|(?<number>[^|]+)\|(?<agencies>[^|]*)\|(?<text>[^|]+)\|\s*$")]
    private static partial Regex Row();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
