namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// Places slices into columns and pages, top to bottom, left column before right. A slice goes to
/// the next column when it, the slices chained to it by KeepWithNext, and the footnotes it
/// references do not fit above the footnotes already at the foot of the column.
/// </summary>
public sealed class Paginator(Func<string, double, NoteBox> layoutNote)
{
    private readonly List<PageState> _pages = [];
    private readonly HashSet<string> _placedNotes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _anchorPages = new(StringComparer.Ordinal);
    private int _column;

    public IReadOnlyList<PageState> Pages => _pages;

    /// <summary>The page (1-based) each heading anchor landed on, for the contents page.</summary>
    public IReadOnlyDictionary<string, int> AnchorPages => _anchorPages;

    public void AddCover(IEnumerable<DrawOp> ops)
    {
        var cover = new PageState(1, isCover: true);
        cover.Ops.AddRange(ops);
        _pages.Add(cover);
    }

    /// <summary>Places a flow of slices; <paramref name="columns"/> is used for pages it has to start.</summary>
    public void Place(IReadOnlyList<Slice> flow, int columns)
    {
        for (var i = 0; i < flow.Count; i++)
        {
            var slice = flow[i];
            if (slice.StartsPage is { } startColumns)
            {
                columns = startColumns;
                NewPage(columns);
            }
            else if (_pages.Count == 0 || _pages[^1].IsCover)
            {
                NewPage(columns);
            }

            if (!Fits(Current, slice, ChainHeight(flow, i)) && !Current.IsEmpty)
            {
                NextColumn(columns);
            }

            Put(slice);
        }
    }

    public void Finish()
    {
        foreach (var page in _pages)
        {
            page.Finish();
        }
    }

    private ColumnState Current => _pages[^1].Columns[_column];

    private void NewPage(int columns)
    {
        if (_pages.Count > 0 && !_pages[^1].HasContent && _pages[^1].Columns.Count == columns)
        {
            return; // already at the top of a fresh page: a second break adds no blank page
        }

        if (_pages.Count > 0 && !_pages[^1].HasContent)
        {
            _pages.RemoveAt(_pages.Count - 1);
        }

        _pages.Add(new PageState(columns));
        _column = 0;
    }

    private void NextColumn(int columns)
    {
        if (_column + 1 < _pages[^1].Columns.Count)
        {
            _column++;
        }
        else
        {
            _pages.Add(new PageState(columns));
            _column = 0;
        }
    }

    /// <summary>Height of the slice plus the slices that must stay with it, if that chain fits a column at all.</summary>
    private double ChainHeight(IReadOnlyList<Slice> flow, int start)
    {
        var height = flow[start].Height;
        for (var k = start; k + 1 < flow.Count && flow[k].KeepWithNext && flow[k + 1].StartsPage is null; k++)
        {
            height += flow[k + 1].SpaceBefore + flow[k + 1].Height;
        }

        var capacity = PageGeometry.BodyBottom - PageGeometry.Top;
        return height > capacity / 2 ? flow[start].Height : height;
    }

    private bool Fits(ColumnState column, Slice slice, double chainHeight)
    {
        var y = column.IsEmpty ? column.Y : column.Y + slice.SpaceBefore;
        return y + chainHeight <= column.TextBottom(NewNotes(slice, column.Width));
    }

    private List<NoteBox> NewNotes(Slice slice, double width) =>
        slice.Notes.Where(n => !_placedNotes.Contains(n)).Distinct().Select(n => layoutNote(n, width)).ToList();

    private void Put(Slice slice)
    {
        var column = Current;
        if (column.IsEmpty && slice.Header is { } header)
        {
            Draw(column, header, column.Y);
        }

        var y = column.IsEmpty ? column.Y : column.Y + slice.SpaceBefore;
        Draw(column, slice, y);
        foreach (var note in NewNotes(slice, column.Width))
        {
            column.Notes.Add(note);
            _placedNotes.Add(note.Label);
        }

        if (slice.Anchor is not null)
        {
            _anchorPages[slice.Anchor] = _pages.Count;
        }
    }

    private void Draw(ColumnState column, Slice slice, double y)
    {
        _pages[^1].Ops.AddRange(slice.Ops.Select(op => op.Offset(column.X, y)));
        column.Y = y + slice.Height;
        column.IsEmpty = false;
    }
}
