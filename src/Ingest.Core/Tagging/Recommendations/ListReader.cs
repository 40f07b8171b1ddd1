using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Reads the paragraphs of one section into candidate items: labelled items ("1.", "R3", "•"), an item
/// that wraps onto further paragraphs (a page break, or a table cell written line by line), the
/// sub-items of an item that ends with a colon, unlabelled paragraphs, and in a table with an agency
/// column the cell that follows a recommendation. Whether a candidate is a recommendation is for
/// <see cref="ItemJudge"/> to say.
/// </summary>
internal sealed partial class ListReader(string text, AgencyFinder finder)
{
    private Item? unfinishedCell;

    public List<Item> Read(int from, int to)
    {
        var items = new List<Item>();
        TableHeader? table = null;
        ItemLabel? pending = null;
        Item? current = null;
        var led = false;
        foreach (var (start, end) in Paragraphs.Split(text, from, to))
        {
            var paragraph = text[start..end];
            var label = ItemLabel.Read(paragraph);
            if (label is null && TableHeader.Read(paragraph, table) is { } header)
            {
                (table, current, pending, led) = (header, null, null, false);
            }
            else if (label is { Alone: true })
            {
                (current, pending) = (null, label);
            }
            else if (current is not null && label is not null && IsSubItem(current, label))
            {
                (current.End, current.SubStyle) = (end, label.Style);
            }
            else if (label is not null || pending is not null)
            {
                current = new Item(label is null ? start : start + label.BodyOffset, end, label ?? pending, table) { Led = led };
                pending = null;
                items.Add(current);
            }
            else
            {
                current = Attach(current, start, end, table, items, led);
            }

            // "It is recommended that:" leads in the items after it (whose bullets an extraction may have lost), until other text.
            led = LeadIn().IsMatch(paragraph) || (led && (label is not null || char.IsLower(paragraph[0])));
        }

        return items;
    }

    /// <summary>
    /// An unlabelled paragraph: the rest of the current item, its agency cell, or an item of its own. In a
    /// table, only a paragraph addressed to someone ("X should ...") starts a row; the other cells (action,
    /// timescale, RAG) belong to the current row.
    /// </summary>
    private Item? Attach(Item? current, int start, int end, TableHeader? table, List<Item> items, bool led)
    {
        var paragraph = text[start..end];
        var agencyColumn = table is { Recommendation: true, Agency: true };
        if (current is { Cell: null } && Continues(current, paragraph, table, agencyColumn))
        {
            current.End = end;
            return current;
        }

        if (agencyColumn && IsAgencyCell(paragraph) && RowFor(current) is { } row)
        {
            row.Cell = [.. (row.Cell ?? []).Concat(finder.AgenciesIn(paragraph)).Distinct()];
            row.CellOpen = OpenCell().IsMatch(paragraph);
            unfinishedCell = row.CellOpen ? row : row == unfinishedCell ? null : unfinishedCell;
            return current;
        }

        var addressed = Addressee.AtStart(paragraph, finder.Find(paragraph)) is not null;
        if (table is not null && !addressed)
        {
            return current;
        }

        var titled = addressed && current is { Cell: null, Label: not null } && IsTitle(current);
        if (titled)
        {
            items.Remove(current!);
        }

        var item = new Item(start, end, titled ? current!.Label : null, table) { Led = led };
        items.Add(item);
        return item;
    }

    /// <summary>
    /// The row an agency cell belongs to: the current row until its cell is read and closed; else a row whose
    /// cell was cut off after a list joint ("Schools;") when a page or column break moved the rest of the
    /// table elsewhere, so that the cell's next line turns up after another row.
    /// </summary>
    private Item? RowFor(Item? current) => current is not null && (current.Cell is null || current.CellOpen) ? current : unfinishedCell;

    /// <summary>"(ii) The Board should:" followed by "a) ...;", "b) ...": the sub-items are part of recommendation (ii).</summary>
    private bool IsSubItem(Item item, ItemLabel label) =>
        item.SubStyle is { } sub ? label.Style == sub
        : item.Label is not null && label.Style != item.Label.Style && text[item.Start..item.End].TrimEnd().EndsWith(':') && !LeadIn().IsMatch(text[item.Start..item.End]);

    /// <summary>The item has not ended its sentence and the paragraph reads on from it (<see cref="ItemEnds.Continues"/>); in a table, unless the paragraph is the agency cell.</summary>
    private bool Continues(Item item, string paragraph, TableHeader? table, bool agencyColumn) =>
        ItemEnds.Continues(text[item.Start..item.End], paragraph, table is not null && !(agencyColumn && IsAgencyCell(paragraph)), p => Addressee.AtStart(p, finder.Find(p)) is not null);

    private bool IsTitle(Item item) => ItemEnds.IsTitle(text[item.Start..item.End]);

    /// <summary>A short cell that names agencies and is no sentence: "Schools; Children's Social Care", "All agencies".</summary>
    private bool IsAgencyCell(string cell) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !cell.EndsWith('.') && finder.Find(cell).Count > 0;

    [GeneratedRegex(@"(?:[;,&/]|\band)\s*$")]
    private static partial Regex OpenCell();

    [GeneratedRegex(@"\brecommend(?:s|ed)?\b[^.]*\bthat:?\s*$")]
    private static partial Regex LeadIn();
}
