using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Metadata;

/// <summary>
/// Names the review's methodology from the ways reviews describe it. The names are a small fixed set
/// so that reviews can be compared; the evidence span shows the words that named it.
/// </summary>
public static class MethodologyReader
{
    /// <summary>In order: the most specific description wins (a hybrid review names several methods).</summary>
    public static readonly (string Name, Regex Pattern)[] Methods =
    [
        ("hybrid", new Regex(@"\bhybrid\b", RegexOptions.IgnoreCase)),
        ("SILP", new Regex(@"\bSILP\b|\bSignificant Incident Learning Process\b")),
        ("SCIE Learning Together", new Regex(@"\bLearning Together\b|\bSCIE(?:'s)? (?:systems )?model\b", RegexOptions.IgnoreCase)),
        ("root cause analysis", new Regex(@"\broot[- ]cause analysis\b|\bSerious Incident Framework\b", RegexOptions.IgnoreCase)),
        ("Welsh model", new Regex(@"\bWelsh model\b|\b(?:child|adult) practice review\b[^.]{0,200}\blearning event\b|\blearning event\b[^.]{0,200}\b(?:child|adult) practice review\b|\bWorking Together to Safeguard People\b|\b(?:concise|extended) (?:child|adult) practice review\b(?=[\s\S]*\blearning event\b)", RegexOptions.IgnoreCase)),
        ("appreciative inquiry", new Regex(@"\bappreciative inquiry\b", RegexOptions.IgnoreCase)),
        ("systems approach", new Regex(@"\bsystems (?:approach|methodology|model|thinking)\b", RegexOptions.IgnoreCase)),
        ("traditional IMR", new Regex(@"\bIndividual Management Reviews?\b|\bIMRs?\b")),
    ];

    public static Evidenced<string>? Read(string text)
    {
        foreach (var (name, pattern) in Methods)
        {
            var m = pattern.Match(text);
            if (m.Success)
            {
                return new Evidenced<string>(name, m.Index, m.Index + m.Length, name == "traditional IMR" ? 0.6 : 0.8);
            }
        }

        return null;
    }

    /// <summary>The same names applied to a free-text description (gold files describe the method in words).</summary>
    public static string? Categorise(string? description) => description is null ? null : Read(description)?.Value
        ?? (description.Contains("traditional", StringComparison.OrdinalIgnoreCase) ? "traditional IMR"
            : description.Contains("Welsh", StringComparison.OrdinalIgnoreCase) ? "Welsh model" : null);
}
