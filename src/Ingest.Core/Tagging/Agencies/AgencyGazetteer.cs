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
    private readonly List<(string Agency, Regex Pattern, bool ByForm)> _rows;

    private AgencyGazetteer(List<(string, Regex, bool)> rows) => _rows = rows;

    public static AgencyGazetteer Default { get; } = Load();

    /// <summary>Every agency mention, longest first where they overlap, in text order.</summary>
    public IReadOnlyList<(string Agency, int Start, int End)> Find(string text) =>
        Matches(text).Select(f => (f.Agency, f.Start, f.End)).ToList();

    /// <summary>
    /// True when nothing in the text is an agency name except by the form of a name alone (rows marked "form" in
    /// agencies.tsv: "X Project", "X Recovery"), so that a review's own gloss of the name may say what it is.
    /// </summary>
    public bool ReadsOnlyByForm(string text) => Matches(text).All(f => f.ByForm);

    private List<(string Agency, int Start, int End, bool ByForm)> Matches(string text)
    {
        var found = new List<(string Agency, int Start, int End, bool ByForm)>();
        foreach (var f in ForceGazetteer.Default.Find(text))
        {
            found.Add(("police", f.Start, f.End, false));
        }

        foreach (var (agency, pattern, byForm) in _rows)
        {
            foreach (Match m in pattern.Matches(text))
            {
                if (!found.Any(f => m.Index < f.End && f.Start < m.Index + m.Length))
                {
                    found.Add((agency, m.Index, m.Index + m.Length, byForm));
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
        var rows = new List<(string, Regex, bool)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var columns = line.Split('\t');
            rows.Add((columns[0], new Regex(columns[1], RegexOptions.Compiled | RegexOptions.CultureInvariant), columns.Length > 2 && columns[2] == "form"));
        }

        return new AgencyGazetteer(rows);
    }
}
