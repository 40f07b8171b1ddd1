using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// One list item or table row being read: its text span (without its label), its label, the table it
/// is in, and the agencies of its agency cell once that cell has been read.
/// </summary>
internal sealed class Item(int start, int end, ItemLabel? label, TableHeader? table)
{
    public int Start { get; } = start;

    public int End { get; set; } = end;

    public ItemLabel? Label { get; } = label;

    public TableHeader? Table { get; } = table;

    public IReadOnlyList<string>? Cell { get; set; }

    /// <summary>The agency cell ends in a list joint ("Schools;", "Adult Social Care and"): its next line names more agencies.</summary>
    public bool CellOpen { get; set; }

    /// <summary>The list it is in was led in by "It is recommended that:", so the item opens with its addressee and verb.</summary>
    public bool Led { get; init; }

    /// <summary>The label style of its sub-items, once it has some.</summary>
    public LabelStyle? SubStyle { get; set; }
}

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

    /// <summary>
    /// The recommendations in an item led in by "It is recommended that:": where the extraction lost the
    /// bullets, "the local authority reviews ...; the Board audits ..." is one paragraph with two.
    /// </summary>
    public IEnumerable<Item> Parts(Item item)
    {
        var start = item.Start;
        foreach (Match m in ClauseBreak().Matches(text[..item.End], item.Start))
        {
            var rest = text[(m.Index + m.Length)..item.End];
            var mentions = finder.Find(rest);
            if (item.Led && Addressee.AtStart(rest, mentions, led: true) is { } s && mentions.Any(x => x.Start >= s.Start && x.End <= s.End))
            {
                yield return new Item(start, m.Index + 1, start == item.Start ? item.Label : null, item.Table) { Led = true, Cell = item.Cell };
                start = m.Index + m.Length;
            }
        }

        yield return start == item.Start ? item : new Item(start, item.End, null, item.Table) { Led = true, Cell = item.Cell };
    }

    /// <summary>"Recommendation 1: Information sharing" above "The Board should ...": the label heads the recommendation that follows its title.</summary>
    private bool IsTitle(Item item)
    {
        var title = text[item.Start..item.End];
        return title.Split(' ').Length <= 10 && !Addressee.Obligation().IsMatch(title) && title.TrimEnd()[^1] is not ('.' or ';' or ':');
    }

    /// <summary>
    /// The item has not ended its sentence and the paragraph reads on from it: the item stops on a word
    /// that cannot end it ("... shared with", "information-"), or the paragraph starts in lower case, or
    /// in a table it is the next line of the same cell rather than the agency cell.
    /// </summary>
    private bool Continues(Item item, string paragraph, TableHeader? table, bool agencyColumn)
    {
        var last = text[item.Start..item.End].TrimEnd('"', '\'', '”', '’', ')');
        if (last.Length == 0 || last[^1] is '.' or '!' or '?' or ';' or ':')
        {
            return false;
        }

        if (OpenEnd().IsMatch(last) || !char.IsUpper(paragraph[0]))
        {
            return true;
        }

        return table is not null ? !(agencyColumn && IsAgencyCell(paragraph)) : ReadsOn(last, paragraph);
    }

    /// <summary>
    /// A page break before a name or an acronym ("... review every standard" / "DASH grading where ..."):
    /// the item stopped on a lower-case word, and the paragraph opens with no usual sentence opener, is
    /// not addressed to anyone and ends a sentence.
    /// </summary>
    private bool ReadsOn(string item, string paragraph)
    {
        var lastWord = LastWord().Match(item);
        var firstWord = FirstWord().Match(paragraph).Value;
        return lastWord.Success && char.IsLower(lastWord.Value[0]) && !Opener().IsMatch(firstWord)
            && paragraph.TrimEnd()[^1] is '.' or '!' or '?' && Addressee.AtStart(paragraph, finder.Find(paragraph)) is null;
    }

    /// <summary>"(ii) The Board should:" followed by "a) ...;", "b) ...": the sub-items are part of recommendation (ii).</summary>
    private bool IsSubItem(Item item, ItemLabel label) =>
        item.SubStyle is { } sub ? label.Style == sub
        : item.Label is not null && label.Style != item.Label.Style && text[item.Start..item.End].TrimEnd().EndsWith(':') && !LeadIn().IsMatch(text[item.Start..item.End]);

    /// <summary>A short cell that names agencies and is no sentence: "Schools; Children's Social Care", "All agencies".</summary>
    private bool IsAgencyCell(string cell) =>
        cell.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12 && !cell.EndsWith('.') && finder.Find(cell).Count > 0;

    [GeneratedRegex(@"[A-Za-z]+$")]
    private static partial Regex LastWord();

    [GeneratedRegex(@"^[\w'’]+")]
    private static partial Regex FirstWord();

    [GeneratedRegex(@"^(?:The|This|These|That|Those|There|It|Its|In|On|At|As|A|An|We|I|If|When|Where|While|Although|However|For|From|By|With|During|After|Before|Since|Each|All|Some|No|Our|Their|Her|His|She|He|They|One|Two|Three|Recommendation|Finding|Appendix|Section|Table|Figure|Part)$")]
    private static partial Regex Opener();

    [GeneratedRegex(@";\s+(?:and\s+)?")]
    private static partial Regex ClauseBreak();

    [GeneratedRegex(@"(?:[;,&/]|\band)\s*$")]
    private static partial Regex OpenCell();

    [GeneratedRegex(@"\brecommend(?:s|ed)?\b[^.]*\bthat:?\s*$")]
    private static partial Regex LeadIn();

    [GeneratedRegex(@"(?:\b(?:the|a|an|of|and|or|to|for|with|by|in|on|at|from|that|its|their|should|must)|-)$")]
    private static partial Regex OpenEnd();
}
