namespace SampleRenderer.PdfSharpBackend;

/// <summary>A column being filled: its box, the cursor, and the footnotes that belong at its foot.</summary>
public sealed class ColumnState(double x, double width, double top, double bottom)
{
    public double X { get; } = x;

    public double Width { get; } = width;

    public double Top { get; } = top;

    public double Bottom { get; } = bottom;

    public double Y { get; set; } = top;

    public bool IsEmpty { get; set; } = true;

    public List<NoteBox> Notes { get; } = [];

    /// <summary>Where body text must stop, given the notes already at the foot of this column.</summary>
    public double TextBottom(IEnumerable<NoteBox> extraNotes) => Bottom - FootnoteLayout.Height(Notes.Concat(extraNotes));
}

/// <summary>One output page: what is drawn on it, and its columns while it is being filled.</summary>
public sealed class PageState
{
    public PageState(int columns, bool isCover = false)
    {
        IsCover = isCover;
        Columns = PageGeometry.Columns(columns)
            .Select(c => new ColumnState(c.X, c.Width, PageGeometry.Top, PageGeometry.BodyBottom))
            .ToList();
    }

    public bool IsCover { get; }

    public List<DrawOp> Ops { get; } = [];

    public IReadOnlyList<ColumnState> Columns { get; }

    public bool HasContent => IsCover || Columns.Any(c => !c.IsEmpty);

    /// <summary>Adds each column's footnote area; called once the page is full.</summary>
    public void Finish()
    {
        foreach (var column in Columns)
        {
            Ops.AddRange(FootnoteLayout.Area(column.Notes, column.X, column.Width, column.Bottom));
        }
    }
}
