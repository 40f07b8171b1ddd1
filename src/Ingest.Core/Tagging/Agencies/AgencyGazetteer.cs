using System.Reflection;
using System.Text.RegularExpressions;
using Ingest.Core.Metadata;

namespace Ingest.Core.Tagging.Agencies;

/// <summary>
/// Finds agency names in text and files them under the agency vocabulary of CONTRACT §5
/// (Data/agencies.tsv, plus the police forces of the force gazetteer).
/// </summary>
public sealed class AgencyGazetteer
{
    private readonly List<(string Agency, Regex Pattern)> _rows;

    private AgencyGazetteer(List<(string, Regex)> rows) => _rows = rows;

    public static AgencyGazetteer Default { get; } = Load();

    /// <summary>Every agency mention, longest first where they overlap, in text order.</summary>
    public IReadOnlyList<(string Agency, int Start, int End)> Find(string text)
    {
        var found = new List<(string Agency, int Start, int End)>();
        foreach (var f in ForceGazetteer.Default.Find(text))
        {
            found.Add(("police", f.Start, f.End));
        }

        foreach (var (agency, pattern) in _rows)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                {
                    found.Add((agency, m.Index, m.Index + m.Length));
                }
            }
        }

        return found.OrderBy(f => f.Start).ToList();
    }

    /// <summary>The distinct agencies named in a text, in order of first mention.</summary>
    public IReadOnlyList<string> AgenciesIn(string text) => Find(text).Select(f => f.Agency).Distinct().ToList();

    private static AgencyGazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Core.Data.agencies.tsv")
            ?? throw new InvalidOperationException("agencies.tsv is not embedded");
        using var reader = new StreamReader(stream);
        var rows = new List<(string, Regex)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            rows.Add((line[..tab], new Regex(line[(tab + 1)..], RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }

        return new AgencyGazetteer(rows);
    }
}
