using System.Text.RegularExpressions;

namespace Ingest.Tests.Core.Export.WebAnno;

/// <summary>
/// A reader of WebAnno TSV 3.3 span layers written from the specification (as INCEpTION reads it), for
/// checking the export independently of the writer: sentences, tokens and the spans that ids join.
/// </summary>
internal sealed partial class TsvReader
{
    public List<string> Header { get; } = [];

    public List<(string Text, List<Token> Tokens)> Sentences { get; } = [];

    public sealed record Token(int Sentence, int Number, int Begin, int End, string Form, string[] Columns);

    public static TsvReader Parse(string tsv)
    {
        var reader = new TsvReader();
        var lines = tsv.Split('\n');
        Assert.That(lines[^1], Is.Empty, "the file ends with a line break");
        var i = 0;
        while (lines[i].Length > 0)
        {
            reader.Header.Add(lines[i++]);
        }

        Assert.That(lines[i + 1], Is.Empty, "two blank lines after the header");
        i += 2;
        while (i < lines.Length - 1)
        {
            Assert.That(lines[i], Does.StartWith("#Text="), $"line {i + 1} opens a sentence");
            var text = new List<string>();
            while (lines[i].StartsWith("#Text=", StringComparison.Ordinal))
            {
                text.Add(UnescapeText(lines[i++]["#Text=".Length..]));
            }

            var tokens = new List<Token>();
            while (i < lines.Length - 1 && lines[i].Length > 0)
            {
                var f = lines[i++].Split('\t');
                Assert.That(f[^1], Is.Empty, "each column ends with a tab");
                var id = f[0].Split('-').Select(int.Parse).ToArray();
                var off = f[1].Split('-').Select(int.Parse).ToArray();
                tokens.Add(new Token(id[0], id[1], off[0], off[1], UnescapeText(f[2]), f[3..^1]));
            }

            reader.Sentences.Add((string.Join('\n', text), tokens));
            if (i < lines.Length - 1)
            {
                Assert.That(lines[i], Is.Empty);
                i++;
            }
        }

        return reader;
    }

    /// <summary>The annotations of the layer: (label column value per feature, begin, end), joined over tokens by their [id].</summary>
    public List<(int Begin, int End, string[] Values)> Spans()
    {
        var byId = new Dictionary<int, (int Begin, int End, string[] Values)>();
        var spans = new List<(int, int, string[])>();
        foreach (var token in Sentences.SelectMany(s => s.Tokens))
        {
            if (token.Columns[0] == "_")
            {
                continue;
            }

            var stacks = token.Columns.Select(c => StackSeparator().Split(c)).ToArray();
            for (var k = 0; k < stacks[0].Length; k++)
            {
                var m = IdSuffix().Match(stacks[0][k]);
                var values = stacks.Select(s => UnescapeValue(IdSuffix().Replace(s[k], string.Empty))).ToArray();
                if (!m.Success)
                {
                    spans.Add((token.Begin, token.End, values));
                }
                else
                {
                    var id = int.Parse(m.Groups[1].Value);
                    byId[id] = byId.TryGetValue(id, out var seen) ? (seen.Begin, token.End, seen.Values) : (token.Begin, token.End, values);
                }
            }
        }

        return spans.Concat(byId.Values).ToList();
    }

    public static string UnescapeText(string s) =>
        Regex.Replace(s, @"\\(.)", m => m.Groups[1].Value switch { "t" => "\t", "n" => "\n", "f" => "\f", "r" => "\r", "b" => "\b", var c => c });

    public static string UnescapeValue(string s) =>
        s == "*" ? string.Empty : Regex.Replace(s, @"\\(->|.)", m => m.Groups[1].Value switch { "t" => "\t", "n" => "\n", var c => c });

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex StackSeparator();

    [GeneratedRegex(@"(?<!\\)\[(\d+)\]$")]
    private static partial Regex IdSuffix();
}
