using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// The columns of a recommendation or action-plan table, read from its header cells. The cleaned text
/// writes each cell as a paragraph ("Recommendation", "Lead agency", "Timescale") or a header row as one
/// ("No.", "Recommendation Agency"); a header repeated after a page break adds to the same table.
/// </summary>
internal sealed partial record TableHeader(bool Recommendation, bool Agency, bool Action)
{
    /// <summary>The header this paragraph adds to the current one, or null when it is no header cell.</summary>
    public static TableHeader? Read(string paragraph, TableHeader? current)
    {
        var words = Word().Matches(paragraph).Select(w => w.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || words.Count > 8 || !words.All(HeaderWord().IsMatch))
        {
            return null;
        }

        var recommendation = words.Any(w => w is "recommendation" or "recommendations" or "rec" or "no" or "ref" or "number");
        var agency = words.Any(w => w is "agency" or "agencies" or "lead" or "responsible" or "owner" or "who");
        var action = words.Any(w => w is "action" or "actions");
        if (!recommendation && !agency && !action && !words.Any(w => w is "timescale" or "timescales" or "rag" or "target"))
        {
            return null;
        }

        return new TableHeader(recommendation || current?.Recommendation == true, agency || current?.Agency == true, action || current?.Action == true);
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:no|number|ref|rec|recommendations?|agency|agencies|lead|responsible|owner|who|by|when|whom|timescales?|target|date|dates|deadline|rag|status|progress|actions?|outcomes?|intended|expected|evidence|priority|completion|completed|measure|measures|of|success|and|key|organisation|organisations|partner|person|officer|review|scope|milestones?|take|to|achieved|local|regional|national|monitoring|comments|reference|the|anticipated|improvement|improvements)$")]
    private static partial Regex HeaderWord();
}
