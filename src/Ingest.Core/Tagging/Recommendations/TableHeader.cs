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
    /// <summary>A column is headed "Recommendation(s)": its action column, if any, is an action plan's.</summary>
    public bool Worded { get; init; }

    /// <summary>
    /// "Ref | To | Action": who and what, with no recommendation column. Each row directs an agency to act, so
    /// it is a recommendation wherever the table stands (after each line of enquiry, not only under "Recommendations").
    /// </summary>
    public bool Directive => Agency && ((Action && !Worded) || Plain);

    /// <summary>
    /// "What should change | Partners asked to act", "What needs to happen | Lead": a plain-language change column
    /// beside an agency column asks each agency to act, wherever the table stands, as a "Ref | To | Action" table does.
    /// </summary>
    public bool Plain { get; init; }

    /// <summary>
    /// "What the review learned | What should change", "Ref | Learning | What needs to happen": a learning column
    /// stands before the text of each row, so a row's number labels its learning cell before the recommendation.
    /// </summary>
    public bool Learned { get; init; }

    /// <summary>The header this paragraph adds to the current one, or null when it is no header cell.</summary>
    public static TableHeader? Read(string paragraph, TableHeader? current)
    {
        var words = Word().Matches(paragraph).Select(w => w.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0 || words.Count > 8 || !words.All(HeaderWord().IsMatch))
        {
            return null;
        }

        // "What needs to change" heads the recommendation column of reviews written in plain language.
        var text = words.FindIndex(w => w is "recommendation" or "recommendations" or "change" or "changes" or "happen");
        var learned = words.FindIndex(w => w is "learning" or "learned" or "learnt" or "lesson" or "lessons");
        // "Ref | To | Action": a bare "To" or "For" column after the number names whom each row is for.
        var agency = words.FindIndex(w => w is "agency" or "agencies" or "lead" or "responsible" or "owner" or "who" or "partners");
        agency = agency >= 0 ? agency : words.FindIndex(w => w is "to" or "for");
        agency = agency > 0 && words[agency] is "to" or "for" && words[agency - 1] is not ("no" or "ref" or "rec" or "number" or "reference") ? -1 : agency;
        // "To whom | What": a bare "What" beside a column naming whom each row is for is the text of the row,
        // a plain-language change column as "What should change" is.
        var what = text < 0 && (agency >= 0 || current is { Agency: true, TextColumn: false }) && words.Count(w => w is not ("to" or "whom" or "for" or "who")) == 1 ? words.IndexOf("what") : -1;
        text = text >= 0 ? text : what;
        var number = words.Any(w => w is "no" or "rec" or "ref" or "number");
        var action = words.Any(w => w is "action" or "actions");
        if (text < 0 && agency < 0 && !number && !action && !words.Any(w => w is "timescale" or "timescales" or "rag" or "target"))
        {
            return null;
        }

        // The agency column is first when the recommendation column's header comes after it. In a table with
        // no recommendation column ("Ref | To | Action") the action column is the text of each row.
        var before = current ?? new TableHeader(false, false, false, false, false);
        var textAt = text >= 0 || before.Worded ? text : words.FindIndex(w => w is "action" or "actions");
        var agencyFirst = before.AgencyFirst || (textAt >= 0 && !before.TextColumn && (before.Agency || (agency >= 0 && agency < textAt)));
        return new TableHeader(before.Recommendation || text >= 0 || number, before.Agency || agency >= 0, before.Action || action, agencyFirst, before.TextColumn || textAt >= 0, before.Numbered || number)
        {
            Worded = before.Worded || text >= 0,
            Plain = before.Plain || (text >= 0 && words[text] is "change" or "changes" or "happen" or "what"),
            Learned = before.Learned || (learned >= 0 && learned < textAt),
        };
    }

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:no|number|ref|rec|recommendations?|agency|agencies|lead|responsible|owner|who|by|when|whom|timescales?|target|date|dates|deadline|rag|status|progress|actions?|outcomes?|intended|expected|evidence|priority|completion|completed|measure|measures|of|success|and|key|organisation|organisations|partner|person|officer|review|scope|milestones?|take|to|achieved|local|regional|national|monitoring|comments|reference|the|anticipated|improvement|improvements|or|report|reporting|back|should|act|accountable|responsibility|for|what|needs|change|changes|happen|learning|learned|learnt|lesson|lessons|partners|asked|was|we)$")]
    private static partial Regex HeaderWord();
}
