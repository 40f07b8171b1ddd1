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

    /// <summary>A cell after the item's text has been read: no later paragraph continues the text.</summary>
    public bool Closed { get; set; }

    /// <summary>The list it is in was led in by "It is recommended that:", so the item opens with its addressee and verb.</summary>
    public bool Led { get; init; }

    /// <summary>The agency a list is grouped under ("Eastmarch Police:" above its bullets), for items that name none.</summary>
    public IReadOnlyList<string>? Group { get; init; }

    /// <summary>The list is led in by its addressee and verb ("Dunmore Police should:"): the item finishes that sentence ("ensure that ...").</summary>
    public bool Completes { get; init; }

    /// <summary>Its label or a "To:" line before it named whom it is for ("Action 2b — for the Home Office:"): it is addressed.</summary>
    public bool Told { get; init; }

    /// <summary>The label style of its sub-items, once it has some.</summary>
    public LabelStyle? SubStyle { get; set; }
}
