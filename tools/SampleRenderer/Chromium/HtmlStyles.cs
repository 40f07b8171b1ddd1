using System.Globalization;
using System.Text;
using SampleRenderer.Golden;
using SampleRenderer.Model;

namespace SampleRenderer.Chromium;

/// <summary>
/// The print stylesheet. Running headers and footers are CSS page margin boxes with
/// <c>counter(page)</c>/<c>counter(pages)</c>, which Chromium prints itself, so the numbers are
/// real page numbers; the cover is the <c>:first</c> page and gets none.
/// </summary>
public static class HtmlStyles
{
    public static string Css(Review review)
    {
        var f = review.Front;
        var size = f.FontSize;
        var family = f.Font == FontKind.Serif ? "\"Liberation Serif\", serif" : "\"Liberation Sans\", sans-serif";
        var hasCover = review.Blocks.OfType<CoverBlock>().Any();
        var css = new StringBuilder();
        var turns = review.Blocks.OfType<PageBreakBlock>().Any(b => b.Turn == PageTurn.Landscape);
        css.Append(Pages(review.Front, family, size - 1.5, hasCover, turns));
        css.Append(Invariant($$"""
            html { font-family: {{family}}; font-size: {{size}}pt; line-height: 1.3; }
            body { margin: 0; }
            p, li { margin: 0 0 0.45em 0; text-align: {{(f.Justify ? "justify" : "left")}};
                    hyphens: {{(f.Hyphenate ? "auto" : "manual")}}; orphans: 2; widows: 2; }
            h1, h2, h3 { font-weight: bold; break-after: avoid; margin: 0.9em 0 0.35em 0; line-height: 1.15; }
            h1 { font-size: {{size + 6}}pt; } h2 { font-size: {{size + 3}}pt; } h3 { font-size: {{size + 1}}pt; }
            .body > h1:first-child, .body > h2:first-child { margin-top: 0; }
            .cover { break-after: page; text-align: center; padding-top: 60mm; }
            .cover .title { font-size: 24pt; font-weight: bold; margin: 0 0 0.6em 0; text-align: center; }
            .cover .line { font-size: 14pt; margin: 0 0 0.4em 0; text-align: center; }
            .cover .gap { height: 1.2em; }
            .contents { break-after: page; }
            .contents .heading { font-size: {{size + 6}}pt; font-weight: bold; margin-bottom: 0.8em; }
            .contents p { text-align: left; margin: 0 0 0.3em 0; }
            .contents .toc1 { font-weight: bold; } .contents .toc2 { margin-left: 1.5em; }
            .contents a { color: inherit; text-decoration: none; }
            .page-break { break-before: page; }
            .columns { column-count: 2; column-gap: 8mm; }
            ul.bullets { margin: 0 0 0.45em 0; padding-left: 9mm; }
            ul.bullets li { margin-bottom: 0.25em; }
            p.hanging { padding-left: 11mm; }
            p.quote { margin-left: 10mm; margin-right: 10mm; text-align: left; }
            aside.aside { float: right; width: 36%; margin: 0.2em 0 0.6em 6mm; padding: 3mm; background: #e4e4e4; font-size: {{size - 1}}pt; }
            aside.aside p, aside.aside li { text-align: left; }
            /* The label is an inline-block pulled into the indent: inline content is painted in text
               order, so the label comes first in the PDF content stream (a float or an absolutely
               positioned label is painted before or after all the page's text). No space follows
               it in the HTML, so justification cannot stretch the gap after it. */
            p.hanging .label { display: inline-block; min-width: 11mm; margin-left: -11mm; padding-right: 1.5mm; box-sizing: border-box; }
            sup.note { font-size: 0.62em; vertical-align: super; line-height: 0; }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0 0.9em 0; font-size: {{size - 1}}pt; }
            th, td { padding: 1mm; vertical-align: top; text-align: left; hyphens: manual; }
            th { border-bottom: 0.75pt solid #000; }
            table.ruled th, table.ruled td { border: 0.5pt solid #000; }
            thead { display: table-header-group; }
            tr { break-inside: avoid; }
            .notes .heading { font-size: {{size + 3}}pt; font-weight: bold; margin: 1.2em 0 0.4em 0; }
            .notes p { font-size: {{size - 1}}pt; padding-left: 7mm; }
            .notes p.heading { padding-left: 0; }
            .notes .label { display: inline-block; min-width: 7mm; margin-left: -7mm; padding-right: 1.5mm; box-sizing: border-box; }
            """));
        return css.ToString();
    }

    private static string Pages(FrontMatter f, string family, double furnitureSize, bool hasCover, bool turns)
    {
        var boxes = new StringBuilder();
        AddBoxes(boxes, "top", f.Header);
        AddBoxes(boxes, "bottom", f.Footer);
        var box = Invariant($"font-family: {family}; font-size: {furnitureSize}pt;");
        var css = new StringBuilder();
        css.Append("@page { size: A4; margin: 25mm 25mm 22mm 25mm;\n");
        css.Append(boxes.Replace("{BOX}", box));
        css.Append("}\n");
        // Pages turned by ::: landscape: a named page of the same furniture (the margin boxes of the
        // plain @page rule apply to it too), turned. Written only where the review turns a page, so
        // that the other samples' source.html stay as they were.
        if (turns)
        {
            css.Append("@page turned { size: A4 landscape; }\n.landscape { page: turned; }\n");
        }

        if (hasCover)
        {
            // The cover page has no running header or footer.
            css.Append("@page :first {\n");
            foreach (var name in BoxNames)
            {
                css.Append("  @").Append(name).Append(" { content: none; }\n");
            }

            css.Append("}\n");
        }

        return css.ToString();
    }

    private static readonly string[] BoxNames =
        ["top-left", "top-center", "top-right", "bottom-left", "bottom-center", "bottom-right"];

    private static void AddBoxes(StringBuilder css, string edge, Furniture furniture)
    {
        var slots = new[] { ("left", furniture.Left), ("center", furniture.Center), ("right", furniture.Right) };
        foreach (var (side, text) in slots.Where(s => s.Item2.Length > 0))
        {
            var align = side == "center" ? "center" : side;
            css.Append(Invariant($"  @{edge}-{side} {{ content: {Content(text)}; {{BOX}} text-align: {align}; vertical-align: middle; }}\n"));
        }
    }

    /// <summary>A CSS content value: quoted literals and page counters.</summary>
    private static string Content(string slot) => string.Join(" ",
        FurnitureText.Pieces(slot).Select(p => p.Field switch
        {
            "page" => "counter(page)",
            "pages" => "counter(pages)",
            _ => "\"" + p.Text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"",
        }));

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
