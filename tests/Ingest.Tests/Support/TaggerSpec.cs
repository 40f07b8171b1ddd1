using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging;

namespace Ingest.Tests.Support;

/// <summary>
/// Reads a tagger spec file: readable Markdown where each "## " heading is an example, "> " lines are
/// the input text (a "&gt;" line on its own starts a new paragraph), and "- " lines are the expected
/// annotations, "- label: exact text [attribute=value, ...]", or "- none".
/// </summary>
public static partial class TaggerSpec
{
    public sealed record Expected(string Label, string Text, IReadOnlyDictionary<string, string> Attributes);

    public sealed record Example(string Name, string Input, IReadOnlyList<Expected> Annotations)
    {
        public override string ToString() => Name;
    }

    internal static IEnumerable<TestCaseData> Load(string relativePath)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath);
        var lines = File.ReadAllLines(path);
        string? name = null;
        var input = new List<string>();
        var expected = new List<Expected>();
        foreach (var line in lines.Append("## end"))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                if (name is not null)
                {
                    var example = new Example(name, string.Join(' ', input).Replace(" \n\n ", "\n\n", StringComparison.Ordinal).Trim(), expected.ToList());
                    yield return new TestCaseData(example).SetName(name);
                }

                name = line[3..].Trim();
                input.Clear();
                expected.Clear();
            }
            else if (line.StartsWith('>'))
            {
                var content = line.TrimStart('>').Trim();
                input.Add(content.Length == 0 ? "\n\n" : content);
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && line.Trim() != "- none")
            {
                var m = ExpectedLine().Match(line);
                var attributes = m.Groups["attrs"].Success
                    ? m.Groups["attrs"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(a => a.Split('=', 2)).ToDictionary(a => a[0], a => a[1])
                    : new Dictionary<string, string>();
                expected.Add(new Expected(m.Groups["label"].Value, m.Groups["text"].Value.Trim(), attributes));
            }
        }
    }

    /// <summary>Checks the tagger's annotations of the spec's labels against the expected ones, in order.</summary>
    internal static void Check(ITagger tagger, Example example, params string[] labels)
    {
        var context = TaggingContext.For(example.Input, [], null);
        var actual = tagger.Tag(context).Where(a => labels.Contains(a.Label)).OrderBy(a => a.Start).ToList();
        Assert.That(actual.Select(a => $"{a.Label}: {a.Text}").ToList(), Is.EqualTo(example.Annotations.Select(e => $"{e.Label}: {e.Text}").ToList()), example.Name);
        for (var i = 0; i < actual.Count; i++)
        {
            foreach (var (key, value) in example.Annotations[i].Attributes)
            {
                // "[agency=none]" says the attribute must be left unknown.
                Assert.That(Attribute(actual[i].Attributes, key), Is.EqualTo(value == "none" ? null : value), $"{example.Name}: {actual[i].Text} {key}");
            }
        }
    }

    private static string? Attribute(AnnotationAttributes a, string key) => key switch
    {
        "category" => a.Category,
        "force" => a.Force,
        "agency" => a.Agency,
        "critique" => a.Critique?.ToString().ToLowerInvariant(),
        "number" => a.Number,
        "agencies" => a.Agencies is null ? null : string.Join('|', a.Agencies),
        "characteristic" => a.Characteristic,
        _ => throw new ArgumentException($"unknown attribute {key}"),
    };

    [GeneratedRegex(@"^- (?<label>[a-z_]+): (?<text>[^\[]+?)\s*(?:\[(?<attrs>[^\]]*)\])?\s*$")]
    private static partial Regex ExpectedLine();
}
