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
        // SCIE's shorter systems model for adults: a few weeks, a learning event, "findings" and "considerations for the SAB".
        ("SCIE Rapid Time", new Regex(@"\b(?:SAR|Safeguarding Adults Review) in Rapid Time\b|\bRapid Time (?:methodology|model|approach)\b", RegexOptions.IgnoreCase)),
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
            // "We did not ask agencies to write Individual Management Reviews" names the method the review did not use.
            var m = pattern.Matches(text).FirstOrDefault(x => !Refused.IsMatch(WordsBefore(text, x.Index)));
            if (m is not null)
            {
                return new Evidenced<string>(name, m.Index, m.Index + m.Length, name == "traditional IMR" ? 0.6 : 0.8);
            }
        }

        return null;
    }

    /// <summary>The words before a mention that set the method aside: "did not ask agencies to write", "no IMRs", "rather than full IMRs".</summary>
    private static readonly Regex Refused = new(@"\b(?:did not|do not|does not|no|without|rather than|instead of)\b[^.]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.Compiled);

    private static string WordsBefore(string text, int index)
    {
        var start = Math.Max(0, index - 60);
        return text[start..index];
    }

    /// <summary>The same names applied to a free-text description (gold files describe the method in words).</summary>
    public static string? Categorise(string? description) => description is null ? null : Read(description)?.Value
        ?? (description.Contains("traditional", StringComparison.OrdinalIgnoreCase) ? "traditional IMR"
            : description.Contains("Welsh", StringComparison.OrdinalIgnoreCase) ? "Welsh model" : null);
}
