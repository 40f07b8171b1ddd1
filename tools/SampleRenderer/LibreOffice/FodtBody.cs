using System.Xml.Linq;
using SampleRenderer.Model;
using static SampleRenderer.LibreOffice.Odf;

namespace SampleRenderer.LibreOffice;

/// <summary>
/// Writes the blocks as <c>office:text</c> content. Page breaks and the switch from the cover's
/// master page to the body's are carried by automatic styles on the next paragraph or table, which
/// is how Writer itself stores them (an empty paragraph would add a blank line to the page).
/// </summary>
public sealed class FodtBody
{
    private readonly Review _review;
    private readonly FodtInlines _inlines;
    private readonly List<XElement> _automaticStyles = [];
    private readonly List<XElement> _output = [];
    private XElement? _section;
    private XElement? _openList;
    private string? _pendingMaster;
    private bool _pendingBreak;
    private bool _landscape;
    private int _tableCount;
    private bool _inAside;

    public FodtBody(Review review)
    {
        _review = review;
        _inlines = new FodtInlines(review);
    }

    public IReadOnlyList<XElement> AutomaticStyles => _automaticStyles;

    public IReadOnlyList<XElement> Write()
    {
        var bodyStarted = false;
        foreach (var outer in _review.Blocks)
        {
            // An aside's paragraphs are written in place in the bordered "Aside" style (Writer joins
            // the borders of consecutive paragraphs into one box); its other blocks print as usual.
            _inAside = outer is AsideBlock;
            foreach (var block in AsideBlock.Flatten(outer))
            {
                if (!bodyStarted && block is not CoverBlock and not ContentsBlock)
                {
                    bodyStarted = true;
                    StartBodyColumns();
                }

                WriteBlock(block);
            }
        }

        _inAside = false;

        return _output;
    }

    /// <summary>Body pages (after cover and contents) go in a two-column section when asked.</summary>
    private void StartBodyColumns()
    {
        if (_review.Front.Columns != 2)
        {
            return;
        }

        _automaticStyles.Add(StyleEl("Sect_Columns", "section", null,
            new XElement(Style + "section-properties",
                A(Text, "dont-balance-text-columns", "false"),
                new XElement(Style + "columns", A(Fo, "column-count", 2), A(Fo, "column-gap", Cm(0.8))))));
        _section = new XElement(Text + "section", A(Text, "style-name", "Sect_Columns"), A(Text, "name", "Body"));
        _output.Add(_section);
    }

    private void WriteBlock(Block block)
    {
        if (block is not BulletItemBlock)
        {
            _openList = null;
        }

        switch (block)
        {
            case CoverBlock cover: WriteCover(cover); break;
            case ContentsBlock: WriteContents(); break;
            case PageBreakBlock { Turn: PageTurn.Landscape }: _pendingMaster = "Landscape"; _landscape = true; break;
            case PageBreakBlock { Turn: PageTurn.Portrait }: _pendingMaster = "Standard"; _landscape = false; break;
            case PageBreakBlock: _pendingBreak = true; break;
            case HeadingBlock h: WriteHeading(h); break;
            case ParagraphBlock p: Add(Para(p.Quote ? "Quotations" : _inAside ? "Aside" : "Text_20_body", _inlines.Convert(p.Content))); break;
            case BulletItemBlock b: WriteBullet(b); break;
            case HangingItemBlock l: WriteHanging(l); break;
            case TableBlock t: WriteTable(t); break;
        }
    }

    private void WriteCover(CoverBlock cover)
    {
        // The cover sits on the "First Page" master page, which has no header or footer.
        _pendingMaster = "First_20_Page";
        var first = true;
        foreach (var line in cover.Lines)
        {
            var style = line.IsTitle ? "Cover_20_Title" : "Cover_20_Line";
            Add(Para(first ? TopOfCover(style) : style, line.Text));
            first = false;
        }

        _pendingMaster = "Standard";
    }

    private string TopOfCover(string parent)
    {
        var name = "P_CoverTop";
        _automaticStyles.Add(StyleEl(name, "paragraph", parent,
            A(Style, "master-page-name", _pendingMaster!),
            ParaProps(A(Fo, "margin-top", Cm(6)), A(Fo, "margin-bottom", Cm(0.8)))));
        _pendingMaster = null;
        return name;
    }

    private void WriteContents()
    {
        Add(Para("Contents_20_Heading", "Contents"));
        foreach (var heading in _review.ContentsHeadings())
        {
            // A page reference field to the heading's bookmark: Writer fills in the page at layout.
            Add(Para($"Contents_20_{heading.Level}",
                new XElement(Text + "a", A(XLink, "type", "simple"), A(XLink, "href", "#" + heading.Anchor),
                    InlineText.Plain(heading.Content)),
                new XElement(Text + "tab"),
                new XElement(Text + "bookmark-ref",
                    A(Text, "reference-format", "page"), A(Text, "ref-name", heading.Anchor), "?")));
        }

        _pendingBreak = true;
    }

    private void WriteHeading(HeadingBlock h)
    {
        var el = new XElement(Text + "h",
            A(Text, "style-name", StyleFor($"Heading_20_{h.Level}")),
            A(Text, "outline-level", h.Level),
            new XElement(Text + "bookmark", A(Text, "name", h.Anchor)),
            _inlines.Convert(h.Content));
        Add(el);
    }

    private void WriteBullet(BulletItemBlock b)
    {
        var item = new XElement(Text + "list-item", Para("List_20_Bullet", _inlines.Convert(b.Content)));
        if (_openList is null)
        {
            _openList = new XElement(Text + "list", A(Text, "style-name", "List_20_Bullets"));
            Add(_openList);
        }

        _openList.Add(item);
    }

    private void WriteHanging(HangingItemBlock l) =>
        Add(Para("List_20_Hanging", l.Label, new XElement(Text + "tab"), _inlines.Convert(l.Content)));

    private XElement Para(string style, params object[] content) =>
        new(Text + "p", A(Text, "style-name", StyleFor(style)), content);

    /// <summary>The style to use for the next paragraph: the named one, or a variant carrying a pending break.</summary>
    private string StyleFor(string parent)
    {
        if (_pendingMaster is null && !_pendingBreak)
        {
            return parent;
        }

        var name = "P_Break" + (_automaticStyles.Count + 1);
        var style = StyleEl(name, "paragraph", parent);
        if (_pendingMaster is not null)
        {
            style.Add(A(Style, "master-page-name", _pendingMaster));
        }
        else
        {
            style.Add(ParaProps(A(Fo, "break-before", "page")));
        }

        _automaticStyles.Add(style);
        _pendingMaster = null;
        _pendingBreak = false;
        return name;
    }

    /// <summary>A table carries a pending page break in its own table style.</summary>
    private void WriteTable(TableBlock t)
    {
        var table = new FodtTable(t, _inlines, "Table" + ++_tableCount, TableWidth(), _review.Front.FontSize);
        _automaticStyles.AddRange(table.Styles(_pendingMaster, _pendingBreak));
        _pendingMaster = null;
        _pendingBreak = false;
        Add(table.Element());
    }

    private double TableWidth() =>
        _landscape ? FodtStyles.PageHeight - (2 * FodtStyles.SideMargin) :
        _review.Front.Columns == 2 && _section is not null ? (FodtStyles.TextWidth - 0.8) / 2 : FodtStyles.TextWidth;

    private void Add(XElement element)
    {
        if (_section is not null)
        {
            _section.Add(element);
        }
        else
        {
            _output.Add(element);
        }
    }
}
