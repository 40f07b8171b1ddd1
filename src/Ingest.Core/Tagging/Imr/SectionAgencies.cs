using Ingest.Core.Tagging.Agencies;

namespace Ingest.Core.Tagging.Imr;

/// <summary>
/// Whose report a bare "the IMR" is. Reviews name the agency once ("The Wealdmarsh Police IMR was
/// thorough") and then go on about "the IMR" for a paragraph or two, or put the agency in the heading
/// ("Analysis: Wealdmarsh Police"). Within one section, a bare reference is the last named agency's, or
/// else the agency its heading names; it never crosses into another section.
/// </summary>
internal sealed class SectionAgencies(TaggingContext context)
{
    private readonly Dictionary<int, string> _lastNamed = [];

    /// <summary>Notes the agency of a reference that named one, and gives it back.</summary>
    public string? Remember(int position, string? agency)
    {
        if (agency is not null && agency is not ("partnership" or "national") && Innermost(position) is { } section)
        {
            _lastNamed[section] = agency;
        }

        return agency;
    }

    public string? Inherited(int position)
    {
        if (Innermost(position) is not { } section)
        {
            return null;
        }

        if (_lastNamed.TryGetValue(section, out var agency))
        {
            return agency;
        }

        var heading = context.Sections[section].Heading;
        var inHeading = heading is null ? [] : AgencyGazetteer.Default.AgenciesIn(heading);
        return inHeading.Count == 1 && inHeading[0] is not ("partnership" or "national") ? inHeading[0] : null;
    }

    /// <summary>The deepest section that holds the position (sections nest: a subsection starts inside its parent).</summary>
    private int? Innermost(int position)
    {
        int? best = null;
        for (var i = 0; i < context.Sections.Count; i++)
        {
            var s = context.Sections[i];
            if (s.Start <= position && position < s.End && (best is null || s.Start >= context.Sections[best.Value].Start))
            {
                best = i;
            }
        }

        return best;
    }
}
