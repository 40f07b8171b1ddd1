using System.Reflection;
using System.Text.RegularExpressions;

namespace Ingest.Core.Metadata;

/// <summary>
/// Finds police forces named in a text: the UK forces from Data/police-forces.txt, and forces the list
/// does not know by their shape ("Northmoor Constabulary", "Haldon Vale Police", "Heddlu Bro Celyn").
/// </summary>
public sealed partial class ForceGazetteer
{
    private static readonly HashSet<string> NotAName = new(StringComparer.OrdinalIgnoreCase)
    {
        "The", "A", "An", "Community", "Neighbourhood", "Local", "Area", "Support", "Response", "Traffic", "Military", "Transport",
        "Special", "Senior", "Force", "Home", "Office", "National", "College", "Chief", "Federation", "Royal", "State", "Civil",
        "Counter", "Terrorism", "Child", "Adult", "Public", "Protection", "Safeguarding", "Our", "Their", "Its", "This", "That",
        "Contact", "When", "After", "Where", "Both", "Each", "Attending", "Uniformed", "Other", "Two", "Three", "Both", "Many", "Some",
        // Agencies named just before "and <Name> Police" ("Children's Services and Dene Police") are not part of the force's name.
        "Services", "Service", "Care", "Health", "Council", "Trust", "Partnership", "Board", "Probation", "Ambulance", "Fire", "Rescue",
        "Housing", "Education", "School", "Hospital", "Team", "Unit",
    };

    private readonly List<(string Name, Regex Pattern)> _known;

    private ForceGazetteer(List<(string, Regex)> known) => _known = known;

    public static ForceGazetteer Default { get; } = Load();

    /// <summary>Every force mention: canonical name and span, in text order.</summary>
    public IReadOnlyList<(string Force, int Start, int End)> Find(string text)
    {
        var found = new List<(string, int, int)>();
        foreach (var (name, pattern) in _known)
        {
            foreach (Match m in pattern.Matches(text))
            {
                found.Add((name, m.Index, m.Index + m.Length));
            }
        }

        foreach (Match m in ShapedName().Matches(text))
        {
            if (found.Any(f => f.Item2 <= m.Index && f.Item3 >= m.Index + m.Length))
            {
                continue;
            }

            var name = TrimLeadingNonNames(m.Value);
            if (name is not null)
            {
                found.Add((name, m.Index + m.Length - name.Length, m.Index + m.Length));
            }
        }

        return found.OrderBy(f => f.Item2).ToList();
    }

    /// <summary>"When Northmoor Constabulary" is "Northmoor Constabulary"; "The Police" is no force at all.</summary>
    private static string? TrimLeadingNonNames(string value)
    {
        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        var heddlu = words[0] == "Heddlu";
        if (heddlu)
        {
            return words.Count >= 2 && !NotAName.Contains(words[1]) ? value : null;
        }

        while (words.Count > 1 && (NotAName.Contains(words[0]) || words[0] is "and" or "of"))
        {
            words.RemoveAt(0);
        }

        // "Ravensmoor and Dene Police" is one force; "Children's Services and Dene Police" is an agency and a force.
        var and = words.IndexOf("and");
        if (and > 0 && words.Take(and).Any(NotAName.Contains))
        {
            words.RemoveRange(0, and + 1);
        }

        return words.Count >= 2 ? string.Join(' ', words) : null;
    }

    private static ForceGazetteer Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Ingest.Core.Data.police-forces.txt")
            ?? throw new InvalidOperationException("police-forces.txt is not embedded");
        using var reader = new StreamReader(stream);
        var known = new List<(string, Regex)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split('\t');
            var names = new[] { parts[0] }.Concat(parts.Length > 1 ? parts[1].Split('|') : []).Select(Regex.Escape);
            known.Add((parts[0], new Regex($@"\b(?:{string.Join('|', names)})\b", RegexOptions.Compiled | RegexOptions.CultureInvariant)));
        }

        return new ForceGazetteer(known);
    }

    // Words of a name are apart by spaces or one line break, never a blank line: "Hollinsmere Constabulary" in a
    // table's agency cell and the same name opening the next paragraph are two names, not one.
    [GeneratedRegex(@"\bHeddlu(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)[A-Z][\w'-]+){1,3}|\b[A-Z][\w'-]+(?:(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:and[^\S\n]+)?(?!(?:Police|Constabulary)\b)[A-Z][\w'-]+){0,2}(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?:Constabulary|Police)\b(?!\s+(?:Scotland|Service of))")]
    private static partial Regex ShapedName();
}
