using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// The columns of a recommendation or action-plan table, read from its header cells. The cleaned text
/// writes each cell as a paragraph ("Recommendation", "Lead agency", "Timescale") or a header row as one
/// ("No.", "Recommendation Agency"); a header repeated after a page break adds to the same table.
/// Recommendation: a recommendation or number column; Agency: an agency or lead column; Action: an
/// action column (an action plan); AgencyFirst: the agency column comes before the recommendation text,
/// so a row's agency cell is read before its recommendation; Numbered: a number column ("No.") labels each row.
/// </summary>
internal sealed partial record TableHeader(bool Recommendation, bool Agency, bool Action, bool AgencyFirst, bool TextColumn, bool Numbered = false)
{
    /// <summary>The header this paragraph adds to the current one, or null when it is no header cell.</summary>
    public static TableHeader? Read(string paragraph, TableHeader? current)
    {
        var words = Word().Matches(paragraph).Select(w => w.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || words.Count > 8 || !words.All(HeaderWord().IsMatch))
        {
            return null;
        }

        var text = words.FindIndex(w => w is "recommendation" or "recommendations");
        var agency = words.FindIndex(w => w is "agency" or "agencies" or "lead" or "responsible" or "owner" or "who");
        var number = words.Any(w => w is "no" or "rec" or "ref" or "number");
        var action = words.Any(w => w is "action" or "actions");
        if (text < 0 && agency < 0 && !number && !action && !words.Any(w => w is "timescale" or "timescales" or "rag" or "target"))
        {
            return null;
        }

        // The agency column is first when the recommendation column's header comes after it.
        var before = current ?? new TableHeader(false, false, false, false, false);
        var agencyFirst = before.AgencyFirst || (text >= 0 && !before.TextColumn && (before.Agency || (agency >= 0 && agency < text)));
        return new TableHeader(before.Recommendation || text >= 0 || number, before.Agency || agency >= 0, before.Action || action, agencyFirst, before.TextColumn || text >= 0, before.Numbered || number);
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:no|number|ref|rec|recommendations?|agency|agencies|lead|responsible|owner|who|by|when|whom|timescales?|target|date|dates|deadline|rag|status|progress|actions?|outcomes?|intended|expected|evidence|priority|completion|completed|measure|measures|of|success|and|key|organisation|organisations|partner|person|officer|review|scope|milestones?|take|to|achieved|local|regional|national|monitoring|comments|reference|the|anticipated|improvement|improvements|or|report|reporting|back|should|act|accountable|responsibility|for)$")]
    private static partial Regex HeaderWord();
}
