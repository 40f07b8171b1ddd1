using System.Reflection;
using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Practice;

/// <summary>One row of Data/practice-phrases.tsv (the file's header explains the kinds).</summary>
internal sealed record PracticeRule(string Kind, string Label, string Name, double Weight, Regex? Pattern, IReadOnlySet<string> Sections);

/// <summary>
/// The weighted cues of the practice tagger, kept as data (Data/practice-phrases.tsv) so that a phrase
/// can be added or reweighted without touching the code.
/// </summary>
internal sealed class PracticePhrases
{
    /// <summary>
    /// Reviews are prose, but a pattern must never hang a run on odd text. Generous, because a loaded
    /// machine (CI runs three test projects on two cores) once pushed an ordinary match past 2 s.
    /// </summary>
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(10);

    private readonly Dictionary<string, PracticeRule[]> _scored;

    private PracticePhrases(IReadOnlyList<PracticeRule> rules)
    {
        Rules = rules;
        _scored = rules.Where(r => r.Kind is not ("threshold" or "role" or "heading")).GroupBy(r => r.Label).ToDictionary(g => g.Key, g => g.ToArray());
    }

    public static PracticePhrases Default { get; } = Load();

    public IReadOnlyList<PracticeRule> Rules { get; }

    /// <summary>The scored rows of one label (not thresholds, headings or roles).</summary>
    public IReadOnlyList<PracticeRule> Scored(string label) => _scored.GetValueOrDefault(label, []);

    public double Threshold(string label) =>
        Rules.FirstOrDefault(r => r.Kind == "threshold" && r.Label == label)?.Weight ?? 0.5;

    public IEnumerable<PracticeRule> Roles => Rules.Where(r => r.Kind == "role");

    public IEnumerable<PracticeRule> Headings => Rules.Where(r => r.Kind == "heading");

    public static PracticePhrases Parse(TextReader reader)
    {
        var rules = new List<PracticeRule>();
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Trim().Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            if (parts.Length < 4 || !double.TryParse(parts[3], System.Globalization.CultureInfo.InvariantCulture, out var weight))
            {
                throw new InvalidDataException($"practice-phrases.tsv line {lineNumber}: expected kind, label, name, weight, pattern");
            }

            var (sections, pattern) = SplitColumn(parts[0], parts.Length > 4 ? parts[4] : string.Empty);
            rules.Add(new PracticeRule(
                parts[0],
                parts[1],
                parts[2],
                weight,
                pattern.Length == 0 ? null : new Regex(pattern, RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, MatchTimeout),
                sections));
        }

        return new PracticePhrases(rules);
    }

    /// <summary>A section row lists section types; an echo row lists them before its first '|' and a pattern after it.</summary>
    private static (IReadOnlySet<string> Sections, string Pattern) SplitColumn(string kind, string column)
    {
        var bar = column.IndexOf('|', StringComparison.Ordinal);
        return kind switch
        {
            "section" => (column.Split('|').ToHashSet(StringComparer.Ordinal), string.Empty),
            "echo" when bar >= 0 => (column[..bar].Split(',').ToHashSet(StringComparer.Ordinal), column[(bar + 1)..]),
            _ => (new HashSet<string>(), column),
        };
    }

    private static PracticePhrases Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Core.Data.practice-phrases.tsv")
            ?? throw new InvalidOperationException("practice-phrases.tsv is not embedded");
        using var reader = new StreamReader(stream);
        return Parse(reader);
    }
}
