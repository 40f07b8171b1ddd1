using System.Xml.Linq;
using SampleRenderer.Model;
using static SampleRenderer.LibreOffice.Odf;

namespace SampleRenderer.LibreOffice;

/// <summary>
/// The named styles, page layouts and master pages of the generated document. They are real
/// Writer styles (Heading 1, Text body, Header, Footnote...) so the PDF looks like one a person
/// made in Writer, with the traces such a PDF has (outline, footnote area, page fields).
/// </summary>
public sealed class FodtStyles(FrontMatter front)
{
    // A4 with 2.5 cm side margins; the header and footer sit inside the 1.5 cm top/bottom margins' band.
    public const double PageWidth = 21.0;
    public const double PageHeight = 29.7;
    public const double SideMargin = 2.5;
    public const double TextWidth = PageWidth - (2 * SideMargin);
    public const double HangingIndent = 1.1;

    private double Size => front.FontSize;

    public string FontName => front.Font == FontKind.Serif ? "Liberation Serif" : "Liberation Sans";

    public XElement FontFaces() => new(Office + "font-face-decls",
        new XElement(Style + "font-face",
            A(Style, "name", FontName),
            A(Svg, "font-family", $"'{FontName}'"),
            A(Style, "font-family-generic", front.Font == FontKind.Serif ? "roman" : "swiss"),
            A(Style, "font-pitch", "variable")));

    public XElement CommonStyles() => new(Office + "styles",
        DefaultParagraphStyle(),
        StyleEl("Standard", "paragraph", null, A(Style, "class", "text")),
        BodyStyle(),
        HeadingStyles(),
        ListStyles(),
        NoteStyles(),
        FurnitureStyles(),
        ContentsStyles(),
        TableStyles(),
        CoverStyles(),
        StyleEl("Strong_20_Emphasis", "text", null, A(Style, "display-name", "Strong Emphasis"),
            TextProps(A(Fo, "font-weight", "bold"))),
        BulletListStyle(),
        OutlineStyle(),
        NotesConfiguration());

    private XElement DefaultParagraphStyle() => new(Style + "default-style",
        A(Style, "family", "paragraph"),
        ParaProps(A(Fo, "hyphenation-ladder-count", "no-limit"), A(Style, "writing-mode", "page")),
        TextProps(
            A(Style, "font-name", FontName),
            A(Fo, "font-size", Pt(Size)),
            A(Fo, "language", "en"),
            A(Fo, "country", "GB"),
            A(Fo, "hyphenate", front.Hyphenate ? "true" : "false"),
            A(Fo, "hyphenation-remain-char-count", "3"),
            A(Fo, "hyphenation-push-char-count", "3")));

    private XElement BodyStyle() => StyleEl("Text_20_body", "paragraph", "Standard",
        A(Style, "display-name", "Text body"), A(Style, "class", "text"),
        ParaProps(
            A(Fo, "margin-top", "0cm"), A(Fo, "margin-bottom", Cm(0.25)),
            A(Fo, "line-height", "115%"),
            A(Fo, "text-align", front.Justify ? "justify" : "start"),
            A(Style, "justify-single-word", "false"),
            A(Fo, "orphans", "2"), A(Fo, "widows", "2")));

    private IEnumerable<XElement> HeadingStyles()
    {
        yield return StyleEl("Heading", "paragraph", "Standard", A(Style, "class", "text"),
            A(Style, "next-style-name", "Text_20_body"),
            ParaProps(A(Fo, "margin-top", Cm(0.42)), A(Fo, "margin-bottom", Cm(0.21)), A(Fo, "keep-with-next", "always")),
            TextProps(A(Fo, "font-weight", "bold"), A(Fo, "hyphenate", "false")));
        var sizes = new[] { Size + 6, Size + 3, Size + 1 };
        for (var level = 1; level <= 3; level++)
        {
            yield return StyleEl($"Heading_20_{level}", "paragraph", "Heading",
                A(Style, "display-name", $"Heading {level}"),
                A(Style, "default-outline-level", level),
                A(Style, "class", "text"),
                TextProps(A(Fo, "font-size", Pt(sizes[level - 1]))));
        }
    }

    private IEnumerable<XElement> ListStyles()
    {
        yield return StyleEl("List_20_Bullet", "paragraph", "Text_20_body",
            A(Style, "display-name", "List Bullet"),
            ParaProps(A(Fo, "margin-bottom", Cm(0.15))));

        // The review numbers these items itself: the label is text, a tab reaches the hanging indent.
        yield return StyleEl("List_20_Hanging", "paragraph", "Text_20_body",
            A(Style, "display-name", "List Hanging"),
            ParaProps(
                A(Fo, "margin-left", Cm(HangingIndent)), A(Fo, "text-indent", Cm(-HangingIndent)),
                A(Fo, "margin-bottom", Cm(0.2))));

        // An aside's paragraphs (a "Good practice" panel, added for s128): shaded and ruled; the
        // borders of consecutive paragraphs are joined into one box.
        yield return StyleEl("Aside", "paragraph", "Text_20_body",
            A(Style, "display-name", "Aside"),
            ParaProps(
                A(Fo, "margin-bottom", "0cm"),
                A(Fo, "background-color", "#eeeeee"),
                A(Fo, "border", "0.5pt solid #000000"),
                A(Fo, "padding", Cm(0.2)),
                A(Style, "join-border", "true")));

        // A block quotation ("> " lines): indented from both margins, never justified.
        yield return StyleEl("Quotations", "paragraph", "Text_20_body",
            A(Style, "display-name", "Quotations"),
            ParaProps(
                A(Fo, "margin-left", Cm(1.0)), A(Fo, "margin-right", Cm(1.0)),
                A(Fo, "text-align", "start")));
    }

    private IEnumerable<XElement> NoteStyles()
    {
        yield return StyleEl("Footnote", "paragraph", "Standard", A(Style, "class", "extra"),
            ParaProps(A(Fo, "margin-left", Cm(0.5)), A(Fo, "text-indent", Cm(-0.5)), A(Fo, "margin-bottom", Cm(0.05))),
            TextProps(A(Fo, "font-size", Pt(Size - 2))));
        yield return StyleEl("Footnote_20_anchor", "text", null, A(Style, "display-name", "Footnote anchor"),
            TextProps(A(Style, "text-position", "super 58%")));
        yield return StyleEl("Footnote_20_Symbol", "text", null, A(Style, "display-name", "Footnote Symbol"));
    }

    private IEnumerable<XElement> FurnitureStyles()
    {
        foreach (var name in new[] { "Header", "Footer" })
        {
            yield return StyleEl(name, "paragraph", "Standard", A(Style, "class", "extra"),
                ParaProps(new XElement(Style + "tab-stops",
                    TabStop(TextWidth / 2, "center", null),
                    TabStop(TextWidth, "right", null))),
                TextProps(A(Fo, "font-size", Pt(Size - 1.5))));

            // The landscape master's furniture: the same slots, centred and right-aligned on the wider page.
            const double wide = PageHeight - (2 * SideMargin);
            yield return StyleEl("Landscape_20_" + name, "paragraph", name,
                A(Style, "display-name", "Landscape " + name), A(Style, "class", "extra"),
                ParaProps(new XElement(Style + "tab-stops",
                    TabStop(wide / 2, "center", null),
                    TabStop(wide, "right", null))));
        }
    }

    private IEnumerable<XElement> ContentsStyles()
    {
        yield return StyleEl("Contents_20_Heading", "paragraph", "Standard",
            A(Style, "display-name", "Contents Heading"),
            ParaProps(A(Fo, "margin-bottom", Cm(0.5))),
            TextProps(A(Fo, "font-size", Pt(Size + 6)), A(Fo, "font-weight", "bold")));
        for (var level = 1; level <= 2; level++)
        {
            var indent = (level - 1) * 0.6;
            yield return StyleEl($"Contents_20_{level}", "paragraph", "Standard",
                A(Style, "display-name", $"Contents {level}"),
                ParaProps(
                    A(Fo, "margin-left", Cm(indent)), A(Fo, "margin-bottom", Cm(0.12)),
                    new XElement(Style + "tab-stops", TabStop(TextWidth - indent, "right", "."))),
                TextProps(A(Fo, "hyphenate", "false"), level == 1 ? A(Fo, "font-weight", "bold") : A(Fo, "font-weight", "normal")));
        }
    }

    private IEnumerable<XElement> TableStyles()
    {
        yield return StyleEl("Table_20_Contents", "paragraph", "Standard",
            A(Style, "display-name", "Table Contents"),
            TextProps(A(Fo, "font-size", Pt(Size - 1))));
        yield return StyleEl("Table_20_Heading", "paragraph", "Table_20_Contents",
            A(Style, "display-name", "Table Heading"),
            TextProps(A(Fo, "font-weight", "bold")));
    }

    private IEnumerable<XElement> CoverStyles()
    {
        yield return StyleEl("Cover_20_Title", "paragraph", "Standard", A(Style, "display-name", "Cover Title"),
            ParaProps(A(Fo, "text-align", "center"), A(Fo, "margin-bottom", Cm(0.6))),
            TextProps(A(Fo, "font-size", "24pt"), A(Fo, "font-weight", "bold"), A(Fo, "hyphenate", "false")));
        yield return StyleEl("Cover_20_Line", "paragraph", "Standard", A(Style, "display-name", "Cover Line"),
            ParaProps(A(Fo, "text-align", "center"), A(Fo, "margin-bottom", Cm(0.35))),
            TextProps(A(Fo, "font-size", "14pt"), A(Fo, "hyphenate", "false")));
    }

    private static XElement TabStop(double position, string type, string? leader)
    {
        var stop = new XElement(Style + "tab-stop", A(Style, "position", Cm(position)), A(Style, "type", type));
        if (leader is not null)
        {
            stop.Add(A(Style, "leader-style", "dotted"), A(Style, "leader-text", leader));
        }

        return stop;
    }

    private static XElement BulletListStyle() => new(Text + "list-style",
        A(Style, "name", "List_20_Bullets"), A(Style, "display-name", "List Bullets"),
        new XElement(Text + "list-level-style-bullet",
            A(Text, "level", 1), A(Text, "bullet-char", "\u2022"),
            new XElement(Style + "list-level-properties",
                A(Text, "list-level-position-and-space-mode", "label-alignment"),
                new XElement(Style + "list-level-label-alignment",
                    A(Text, "label-followed-by", "listtab"),
                    A(Text, "list-tab-stop-position", Cm(0.9)),
                    A(Fo, "text-indent", Cm(-0.5)),
                    A(Fo, "margin-left", Cm(0.9))))));

    /// <summary>No automatic numbering: the headings carry their own numbers as text.</summary>
    private static XElement OutlineStyle() => new(Text + "outline-style",
        A(Style, "name", "Outline"),
        Enumerable.Range(1, 3).Select(level => new XElement(Text + "outline-level-style",
            A(Text, "level", level), A(Style, "num-format", ""))));

    private static XElement NotesConfiguration() => new(Text + "notes-configuration",
        A(Text, "note-class", "footnote"),
        A(Text, "citation-style-name", "Footnote_20_Symbol"),
        A(Text, "citation-body-style-name", "Footnote_20_anchor"),
        A(Style, "num-format", "1"), A(Text, "start-value", 0),
        A(Text, "footnotes-position", "page"), A(Text, "start-numbering-at", "document"));

    public IEnumerable<XElement> PageLayouts()
    {
        yield return PageLayout("pm_body", withFurniture: true);
        yield return PageLayout("pm_cover", withFurniture: false);
        yield return PageLayout("pm_landscape", withFurniture: true, landscape: true);
    }

    private XElement PageLayout(string name, bool withFurniture, bool landscape = false)
    {
        var layout = new XElement(Style + "page-layout", A(Style, "name", name),
            new XElement(Style + "page-layout-properties",
                A(Fo, "page-width", Cm(landscape ? PageHeight : PageWidth)),
                A(Fo, "page-height", Cm(landscape ? PageWidth : PageHeight)),
                A(Style, "print-orientation", landscape ? "landscape" : "portrait"),
                A(Fo, "margin-top", Cm(1.5)), A(Fo, "margin-bottom", Cm(1.5)),
                A(Fo, "margin-left", Cm(SideMargin)), A(Fo, "margin-right", Cm(SideMargin)),
                new XElement(Style + "footnote-sep",
                    A(Style, "width", "0.018cm"), A(Style, "distance-before-sep", "0.1cm"),
                    A(Style, "distance-after-sep", "0.1cm"), A(Style, "line-style", "solid"),
                    A(Style, "adjustment", "left"), A(Style, "rel-width", "25%"), A(Style, "color", "#000000"))));
        if (withFurniture)
        {
            layout.Add(FurnitureArea("header-style", "margin-bottom"), FurnitureArea("footer-style", "margin-top"));
        }

        return layout;
    }

    private static XElement FurnitureArea(string element, string gapSide) => new(Style + element,
        new XElement(Style + "header-footer-properties",
            A(Fo, "min-height", Cm(0.5)), A(Fo, gapSide, Cm(0.7))));

    public XElement MasterStyles(Func<Furniture, string, XElement> furnitureParagraph) => new(Office + "master-styles",
        new XElement(Style + "master-page",
            A(Style, "name", "Standard"), A(Style, "page-layout-name", "pm_body"),
            new XElement(Style + "header", furnitureParagraph(front.Header, "Header")),
            new XElement(Style + "footer", furnitureParagraph(front.Footer, "Footer"))),
        // A turned page for wide appendix tables (::: landscape), with the body's furniture.
        new XElement(Style + "master-page",
            A(Style, "name", "Landscape"), A(Style, "page-layout-name", "pm_landscape"),
            new XElement(Style + "header", furnitureParagraph(front.Header, "Landscape_20_Header")),
            new XElement(Style + "footer", furnitureParagraph(front.Footer, "Landscape_20_Footer"))),
        new XElement(Style + "master-page",
            A(Style, "name", "First_20_Page"), A(Style, "display-name", "First Page"),
            A(Style, "page-layout-name", "pm_cover"), A(Style, "next-style-name", "Standard")));
}
