using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Reads the paragraphs of one section into candidate items: labelled items ("1.", "R3", "•"), an item
/// that wraps onto further paragraphs (a page break, or a table cell written line by line), the
/// sub-items of an item that ends with a colon, unlabelled paragraphs, and in a table with an agency
/// column the agency cell of each row. Whether a candidate is a recommendation is for
/// <see cref="ItemJudge"/> to say.
/// </summary>
internal sealed partial class ListReader(string text, AgencyFinder finder)
{
    private Item? unfinishedCell;

    public List<Item> Read(int from, int to)
    {
        var reading = new Reading();
        foreach (var (start, end) in Paragraphs.Split(text, from, to))
        {
            Take(reading, start, end);
        }

        return reading.Items;
    }

    private void Take(Reading r, int start, int end)
    {
        var paragraph = text[start..end];
        (r.Wrapped, r.Loose) = (r.Loose, null);
        var label = ItemLabel.Read(paragraph);
        if (r.Completing && label is null && !char.IsLower(paragraph[0]))
        {
            // The items that finish "Dunmore Police should:" start in lower case; other text ends them (another
            // lead-in starts its own list in Attach).
            (r.Completing, r.Group) = (false, null);
        }

        if (label is null && ToLine().Match(paragraph) is { Success: true } to && finder.AgenciesIn(to.Groups["who"].Value) is { Count: > 0 } told)
        {
            // "Recommendation 2" / "To: Westerby Police" / "Action: Review ...": the addressee comes on a line of its own,
            // before its item; or, where the first such line follows an item, after each ("1. ... / For: Easterhithe Police").
            r.ToLinesFollow ??= r.Current is { Cell: null } && r.Pending is null;
            if (r.ToLinesFollow == true && r.Current is { Cell: null } item)
            {
                (item.Cell, item.Closed) = (told, true);
            }
            else
            {
                (r.LeadingCell, r.Told) = (told, true);
            }

            return;
        }

        if (label is { RunIn: true } && r.Pending is not null)
        {
            // "Action: Ensure ..." after "Recommendation 1": the number is the one waiting.
            Begin(r, start + label.BodyOffset, end, r.Pending);
            return;
        }

        if (label is null && TableHeader.Read(paragraph, r.Table) is { } header)
        {
            // A header repeated after a page break is the same table: the row it interrupted goes on after it.
            (r.Current, r.Pending, r.Led) = (r.Table is null ? null : r.Current, null, false);
            r.Table = header;
        }
        else if (label is { Alone: true })
        {
            (r.Current, r.Pending) = (null, label);
        }
        else if (r.Current is not null && label is not null && IsSubItem(r.Current, label))
        {
            (r.Current.End, r.Current.SubStyle) = (end, label.Style);
        }
        else if (label is not null && r.Table is { AgencyFirst: true } && IsAgencyCell(paragraph[label.BodyOffset..]))
        {
            // "1 | Police | Officers should ...": the number and the agency cell come before the text.
            (r.Current, r.Pending, r.LeadingCell) = (null, label, finder.AgenciesIn(paragraph[label.BodyOffset..]));
        }
        else if (label is not null || r.Pending is not null)
        {
            Begin(r, label is null ? start : start + label.BodyOffset, end, label ?? r.Pending);
        }
        else
        {
            Attach(r, start, end);
        }

        // "It is recommended that:" leads in the items after it (whose bullets an extraction may have lost), until other text.
        r.Led = LeadIn().IsMatch(paragraph) || (r.Led && (label is not null || char.IsLower(paragraph[0])));
    }

    private void Begin(Reading r, int start, int end, ItemLabel? label)
    {
        // A label that names whom the item is for ("Action 2b — for the Home Office:") stands where an agency cell would.
        var named = label?.To is { } to && finder.AgenciesIn(to) is { Count: > 0 } agencies ? agencies : null;
        r.Current = new Item(start, end, label, r.Table) { Led = r.Led, Group = r.Group, Cell = r.LeadingCell ?? named, Told = r.Told || named is not null, Completes = r.Completing };
        (r.Pending, r.LeadingCell, r.Told) = (null, null, false);
        r.Items.Add(r.Current);
    }

    /// <summary>
    /// An unlabelled paragraph: the rest of the current item, an agency cell, the agency a list is grouped
    /// under, or an item of its own. In a table only a recommendation ("X should ...", "Review the ...")
    /// starts a row; the other cells (action, timescale, RAG) belong to the current row. Where a number
    /// column labels the rows, an unlabelled imperative ("Audit of ten practices") is another column's cell.
    /// </summary>
    private void Attach(Reading r, int start, int end)
    {
        var paragraph = text[start..end];
        var cell = r.Table is { Recommendation: true, Agency: true } && IsAgencyCell(paragraph);
        if (LearningCell(r) is { } row && Opens(paragraph) is (true, _) or (_, true))
        {
            // "1 | Risk was assessed without the history | Trelawn Constabulary should ...": the number was the learning cell's; the row's recommendation takes it.
            r.Items.Remove(row);
            Begin(r, start, end, row.Label);
        }
        else if (r.Current is { Closed: false } && Continues(r.Current, paragraph, r.Table is not null && !cell))
        {
            r.Current.End = end;
        }
        else if (cell)
        {
            TakeCell(r, paragraph);
        }
        else if (r.Table is null && Grouping(paragraph) is { } group)
        {
            (r.Group, r.Current) = (group, null);
        }
        else if (r.Table is null && AddressedLeadIn(paragraph) is { } addressee)
        {
            // "The Partnership should:" asks nothing yet: each item after it finishes the sentence, for that addressee.
            (r.Group, r.Current, r.Completing) = (addressee, null, true);
        }
        else if (r.Completing && char.IsLower(paragraph[0]))
        {
            Begin(r, start, end, null);
        }
        else if (Opens(paragraph) is var (opens, addressed) && (opens || r.Table is null) && (addressed || r.Table is not { Numbered: true }))
        {
            var titled = addressed && r.Current is { Closed: false, Label: not null } && ItemEnds.IsTitle(text[r.Current.Start..r.Current.End]);
            if (titled)
            {
                r.Items.Remove(r.Current!);
            }

            r.Group = opens ? r.Group : null;
            Begin(r, start, end, titled ? r.Current!.Label : null);
        }
        else
        {
            r.Loose = paragraph;
        }
    }

    /// <summary>
    /// An agency cell: the next row's where the agency column comes first; else the current row's until it
    /// is read and closed, or a row whose cell was cut off after a list joint ("Schools;") when a page or
    /// column break moved the rest of the table elsewhere, so that the cell's next line turns up later.
    /// </summary>
    private void TakeCell(Reading r, string paragraph)
    {
        // A cell that wrapped ("Ashbourne Vale Integrated Care" / "Board") is read with the line before it, which named nothing on its own.
        var agencies = r.Wrapped is { } wrapped && !wrapped.EndsWith('.') && finder.AgenciesIn(wrapped + " " + paragraph) is { Count: > 0 } joined
            ? joined : finder.AgenciesIn(paragraph);
        if (r.Table!.AgencyFirst)
        {
            r.LeadingCell = [.. (r.LeadingCell ?? []).Concat(agencies).Distinct()];
            if (r.Current is not null)
            {
                r.Current.Closed = true;
            }

            return;
        }

        var row = r.Current is not null && (r.Current.Cell is null || r.Current.CellOpen) ? r.Current : unfinishedCell;
        if (row is not null)
        {
            row.Cell = [.. (row.Cell ?? []).Concat(agencies).Distinct()];
            (row.CellOpen, row.Closed) = (OpenCell().IsMatch(paragraph), true);
            unfinishedCell = row.CellOpen ? row : row == unfinishedCell ? null : unfinishedCell;
        }
    }

    /// <summary>
    /// In a table with a learning column before the text, the current row's first cell when it is the learning: a
    /// reference to lessons ("2", "1, 3") or a statement that asks nothing of anyone.
    /// </summary>
    private Item? LearningCell(Reading r)
    {
        if (r.Table is not { Learned: true } || r.Current is not { Label: not null, Cell: null } row)
        {
            return null;
        }

        var cell = text[row.Start..row.End];
        // A recommendation asks ("should", "must") or orders (an imperative); a learning cell states what happened.
        return LessonRefs().IsMatch(cell) || (!Addressee.Obligation().IsMatch(cell) && !ItemJudge.IsImperative(cell)) ? row : null;
    }

    /// <summary>Whether a paragraph opens a recommendation: addressed to someone, or an imperative of some length.</summary>
    private (bool Opens, bool Addressed) Opens(string paragraph)
    {
        var addressed = Addressee.AtStart(paragraph, finder.Find(paragraph)) is not null;
        return (addressed || ItemJudge.IsImperative(paragraph), addressed);
    }

    /// <summary>"Eastmarch Police:" or "Recommendations for Adult Social Care:" above a list: a short line naming one agency.</summary>
    private IReadOnlyList<string>? Grouping(string paragraph)
    {
        var agencies = paragraph.Split(' ').Length <= 8 && !Addressee.Obligation().IsMatch(paragraph) && (paragraph.EndsWith(':') || IsAgencyCell(paragraph))
            ? finder.AgenciesIn(paragraph) : [];
        return agencies.Count == 1 ? agencies : null;
    }

    /// <summary>
    /// "The Partnership should:" or "Dunmore Police must:" on its own before a list: a short line that names its
    /// addressees and breaks off after the verb. Its agencies, or null.
    /// </summary>
    private IReadOnlyList<string>? AddressedLeadIn(string paragraph)
    {
        var m = AddressedLead().Match(paragraph);
        return m.Success && paragraph.Split(' ').Length <= 12 && finder.AgenciesIn(m.Groups["who"].Value) is { Count: > 0 } agencies ? agencies : null;
    }

    /// <summary>
    /// "(ii) The Board should:" followed by "a) ...;", "b) ...": the sub-items are part of recommendation (ii).
    /// An introduction ("4.1 The review makes the following recommendations:") asks nothing itself: the
    /// items after it are recommendations of their own.
    /// </summary>
    private bool IsSubItem(Item item, ItemLabel label)
    {
        if (item.SubStyle is { } sub)
        {
            return label.Style == sub;
        }

        var parent = text[item.Start..item.End];
        return item.Label is not null && label.Style != item.Label.Style && parent.TrimEnd().EndsWith(':')
            && Addressee.Obligation().IsMatch(parent) && !LeadIn().IsMatch(parent);
    }

    /// <summary>The item has not ended its sentence and the paragraph reads on from it (<see cref="ItemEnds.Continues"/>).</summary>
    private bool Continues(Item item, string paragraph, bool cellLine) =>
        ItemEnds.Continues(text[item.Start..item.End], paragraph, cellLine, p => Addressee.AtStart(p, finder.Find(p)) is not null);

    /// <summary>A short cell that names agencies and is no sentence: "Schools; Children's Social Care", "All agencies".</summary>
    private bool IsAgencyCell(string cell) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !cell.EndsWith('.') && finder.Find(cell).Count > 0;

    [GeneratedRegex(@"^(?<who>[A-Z][^.;:]{1,100}?)\s+(?:should|must|(?:is|are) asked to|will need to)\s*:$")]
    private static partial Regex AddressedLead();

    [GeneratedRegex(@"^(?:To|For|Lead agency|Lead agencies|Lead)\s*:\s*(?<who>[^.]{2,160})$")]
    private static partial Regex ToLine();

    [GeneratedRegex(@"^[\d\s,;&]*\d[\d\s,;&]*$|^(?:\d+\s*(?:,|and)\s*)*\d+$")]
    private static partial Regex LessonRefs();

    [GeneratedRegex(@"(?:[;,&/]|\band)\s*$")]
    private static partial Regex OpenCell();

    [GeneratedRegex(@"\brecommend(?:s|ed)?\b[^.]*\bthat:?\s*$")]
    private static partial Regex LeadIn();

    /// <summary>Where one Read is: the table and its header, a label waiting for its text, the current item, the list's lead-in and grouping.</summary>
    private sealed class Reading
    {
        public List<Item> Items { get; } = [];

        public TableHeader? Table { get; set; }

        public ItemLabel? Pending { get; set; }

        public Item? Current { get; set; }

        public bool Led { get; set; }

        /// <summary>Under "X should:": the items finish its sentence.</summary>
        public bool Completing { get; set; }

        public IReadOnlyList<string>? Group { get; set; }

        public IReadOnlyList<string>? LeadingCell { get; set; }

        /// <summary>The list's "To:" or "For:" lines stand after the items they address, not before: set at the first one.</summary>
        public bool? ToLinesFollow { get; set; }

        /// <summary>The leading cell came from a "To:" line: the next item is addressed.</summary>
        public bool Told { get; set; }

        /// <summary>A table paragraph that nothing took (a cell line naming no agency on its own), for the paragraph after it.</summary>
        public string? Loose { get; set; }

        /// <summary>The paragraph before this one, when it was loose.</summary>
        public string? Wrapped { get; set; }
    }
}
