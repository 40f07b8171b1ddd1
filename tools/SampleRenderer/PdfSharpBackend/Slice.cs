namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// The unit of pagination: one line of text, one table row, one contents entry. A slice is never
/// split across columns or pages. <see cref="KeepWithNext"/> chains slices that must not be parted
/// (a heading and the lines after it, the first two lines of a paragraph); <see cref="Header"/> is a
/// table's header row, repeated when a row starts a new column; <see cref="Notes"/> are the
/// footnotes referenced in the slice, which must fit on the same page.
/// </summary>
public sealed record Slice(double Height, IReadOnlyList<DrawOp> Ops)
{
    public double SpaceBefore { get; init; }

    public bool KeepWithNext { get; init; }

    public Slice? Header { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>When set, the slice starts a new page with this many columns (a page break).</summary>
    public int? StartsPage { get; init; }

    /// <summary>Set on the first line of a heading, so the contents page can learn its page number.</summary>
    public string? Anchor { get; init; }
}
