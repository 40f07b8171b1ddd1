using System.Globalization;
using System.Text;
using SampleRenderer.Model;

namespace SampleRenderer.Chromium;

/// <summary>A pipe table as an HTML table with a repeating header (thead) and shared column widths.</summary>
public static class HtmlTable
{
    public static string Build(TableBlock table, FrontMatter front, Func<IEnumerable<Inline>, string> inlines)
    {
        // A4 less 25 mm margins is about 453pt wide; two columns with an 8 mm gap about 215pt each.
        var width = front.Columns == 2 ? 215 : 453;
        var fractions = TableColumns.Fractions(table, width, front.FontSize - 1, 3);
        var sb = new StringBuilder();
        sb.Append(table.Ruled ? "<table class=\"ruled\">\n" : "<table>\n").Append("<colgroup>");
        foreach (var f in fractions)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<col style=\"width:{f * 100:0.##}%\">");
        }

        sb.Append("</colgroup>\n<thead><tr>");
        foreach (var cell in table.Header)
        {
            sb.Append("<th>").Append(inlines(cell)).Append("</th>");
        }

        sb.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            sb.Append("<tr>");
            foreach (var cell in row)
            {
                sb.Append("<td>").Append(inlines(cell)).Append("</td>");
            }

            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n");
        return sb.ToString();
    }
}
