using System.Text;
using Ingest.Core.Documents;

namespace Ingest.Core.Export.Brat;

/// <summary>
/// annotation.conf for the exported collection: the CONTRACT §3 labels as entities and the attributes
/// with their values. Values are the contract vocabularies plus any value met in the export, so every
/// A line of every .ann is declared (brat flags undeclared values). Sorted, so the file is deterministic.
/// </summary>
public sealed class BratConfig
{
    private static readonly string[] Agencies =
        ["police", "childrens_social_care", "adult_social_care", "health", "education", "probation", "housing", "voluntary_sector", "partnership", "national", "other"];

    private readonly SortedSet<string> _labels = new(StringComparer.Ordinal)
    {
        Labels.PoliceMention, Labels.ImrReference, Labels.Recommendation, Labels.GoodPractice, Labels.MissedOpportunity, Labels.ProtectedCharacteristic,
    };

    private readonly SortedDictionary<string, (SortedSet<string> Args, SortedSet<string> Values)> _attributes = new(StringComparer.Ordinal)
    {
        ["category"] = (Set(Labels.PoliceMention), Set("force", "role", "unit", "process", "power", "system")),
        ["agency"] = (Set(Labels.ImrReference, Labels.GoodPractice, Labels.MissedOpportunity), Set(Agencies)),
        ["critique"] = (Set(Labels.ImrReference), Set()),
        ["characteristic"] = (Set(Labels.ProtectedCharacteristic), Set()),
    };

    public void SawLabel(string label) => _labels.Add(label);

    public void SawAttribute(string name, string label, string? value)
    {
        var (args, values) = _attributes[name];
        args.Add(label);
        if (value is not null)
        {
            values.Add(value);
        }
    }

    /// <summary>An attribute value as brat accepts it: one token, no spaces.</summary>
    public static string Token(string value) => string.Join('_', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    public string Write()
    {
        var conf = new StringBuilder();
        conf.Append("# Written by ingest export --format brat: the labels and attributes of the Ingest corpus (CONTRACT §3).\n");
        conf.Append("# Force, recommendation number and agencies lists are in each annotation's AnnotatorNotes.\n");
        conf.Append("[entities]\n");
        foreach (var label in _labels)
        {
            conf.Append(label).Append('\n');
        }

        // Annotations of different labels cover the same words (a police mention inside a missed opportunity).
        conf.Append("[relations]\n<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n");
        conf.Append("[events]\n");
        conf.Append("[attributes]\n");
        foreach (var (name, (args, values)) in _attributes)
        {
            conf.Append(name).Append("\tArg:").Append(string.Join('|', args));
            if (name != "critique")
            {
                // A multi-valued attribute with no value seen still needs a value list to be valid.
                conf.Append(", Value:").Append(values.Count == 0 ? "unknown" : string.Join('|', values));
            }

            conf.Append('\n');
        }

        return conf.ToString();
    }

    private static SortedSet<string> Set(params string[] values) => new(values, StringComparer.Ordinal);
}
