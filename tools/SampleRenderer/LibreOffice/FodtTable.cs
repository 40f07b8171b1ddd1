using System.Xml.Linq;
using SampleRenderer.Model;
using static SampleRenderer.LibreOffice.Odf;

namespace SampleRenderer.LibreOffice;

/// <summary>
/// One pipe table as a Writer table: a repeated header row, column widths from
/// <see cref="TableColumns"/>, and either every cell border (<c>{.ruled}</c>) or only a rule under
/// the header row.
/// </summary>
public sealed class FodtTable(TableBlock table, FodtInlines inlines, string name, double widthCm, double fontSize)
{
    private const string Line = "0.5pt solid #000000";

    public IEnumerable<XElement> Styles(string? masterPage, bool breakBefore)
    {
        var tableStyle = StyleEl(name, "table", null,
            new XElement(Style + "table-properties",
                A(Style, "width", Cm(widthCm)), A(Table, "align", "margins"),
                A(Fo, "margin-top", Cm(0.1)), A(Fo, "margin-bottom", Cm(0.3)),
                breakBefore ? A(Fo, "break-before", "page") : null));
        if (masterPage is not null)
        {
            tableStyle.Add(A(Style, "master-page-name", masterPage));
        }

        yield return tableStyle;
        var fractions = TableColumns.Fractions(table, widthCm / 2.54 * 72, fontSize - 1, 0.1 / 2.54 * 72);
        for (var c = 0; c < fractions.Length; c++)
        {
            yield return StyleEl($"{name}.C{c}", "table-column", null,
                new XElement(Style + "table-column-properties",
                    A(Style, "column-width", Cm(widthCm * fractions[c])),
                    A(Style, "rel-column-width", $"{Math.Round(fractions[c] * 10000)}*")));
        }

        // Rows are not split across pages or columns: Writer's split rows can overprint footnotes.
        yield return StyleEl($"{name}.Row", "table-row", null,
            new XElement(Style + "table-row-properties", A(Fo, "keep-together", "always")));
        yield return CellStyle($"{name}.Head", table.Ruled ? A(Fo, "border", Line) : A(Fo, "border-bottom", Line));
        yield return CellStyle($"{name}.Cell", table.Ruled ? A(Fo, "border", Line) : A(Fo, "border", "none"));
    }

    private static XElement CellStyle(string styleName, XAttribute border) => StyleEl(styleName, "table-cell", null,
        new XElement(Style + "table-cell-properties", A(Fo, "padding", Cm(0.1)), border));

    public XElement Element()
    {
        var el = new XElement(Table + "table", A(Table, "name", name), A(Table, "style-name", name));
        for (var c = 0; c < table.ColumnCount; c++)
        {
            el.Add(new XElement(Table + "table-column", A(Table, "style-name", $"{name}.C{c}")));
        }

        el.Add(new XElement(Table + "table-header-rows", Row(table.Header, "Head", "Table_20_Heading")));
        foreach (var row in table.Rows)
        {
            el.Add(Row(row, "Cell", "Table_20_Contents"));
        }

        return el;
    }

    private XElement Row(IEnumerable<IReadOnlyList<Inline>> cells, string cellStyle, string paraStyle) =>
        new(Table + "table-row", A(Table, "style-name", $"{name}.Row"), cells.Select(cell => new XElement(Table + "table-cell",
            A(Table, "style-name", $"{name}.{cellStyle}"), A(Office, "value-type", "string"),
            new XElement(Text + "p", A(Text, "style-name", paraStyle), inlines.Convert(cell)))));
}
