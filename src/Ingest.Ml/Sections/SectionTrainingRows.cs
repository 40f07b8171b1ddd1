using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Sections;

namespace Ingest.Ml.Sections;

/// <summary>
/// The section-type training rows of one tuned review: its stored sections as features, each labelled with
/// the gold type of the gold heading it matches the way `ingest eval` matches them (same text once
/// normalised, each found heading used once). Headings the gold does not list are left out.
/// </summary>
public static class SectionTrainingRows
{
    public static IReadOnlyList<SectionTypeRow> From(GoldFile gold, string text, IReadOnlyList<Section> sections, SectionTypeClassifier? classifier = null)
    {
        var rows = SectionFeatures.Rows(text, sections, gold.Id, classifier);
        var unmatched = Enumerable.Range(0, sections.Count).Where(i => sections[i].Heading is not null).ToList();
        var labelled = new List<SectionTypeRow>();
        foreach (var g in gold.Sections.Where(s => s.Heading is not null))
        {
            var key = TextMatching.Normalise(g.Heading!);
            var hit = unmatched.FindIndex(i => TextMatching.Normalise(sections[i].Heading!) == key);
            if (hit < 0)
            {
                continue;
            }

            var row = rows[unmatched[hit]];
            unmatched.RemoveAt(hit);
            row.Label = g.Type;
            labelled.Add(row);
        }

        return labelled;
    }
}
