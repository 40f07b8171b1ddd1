using Ingest.Core.Documents;
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
    private readonly Dictionary<Section, string> _lastNamed = [];

    /// <summary>Notes the agency of a reference that named one, and gives it back.</summary>
    public string Remember(int position, string agency)
    {
        if (agency is not ("partnership" or "national") && context.SectionAt(position) is { } section)
        {
            _lastNamed[section] = agency;
        }

        return agency;
    }

    public string? Inherited(int position)
    {
        if (context.SectionAt(position) is not { } section)
        {
            return null;
        }

        if (_lastNamed.TryGetValue(section, out var agency))
        {
            return agency;
        }

        var inHeading = section.Heading is null ? [] : AgencyGazetteer.Default.AgenciesIn(section.Heading);
        return inHeading.Count == 1 && inHeading[0] is not ("partnership" or "national") ? inHeading[0] : null;
    }
}
