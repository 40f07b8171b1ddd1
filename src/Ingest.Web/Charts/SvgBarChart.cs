using System.Globalization;
using System.Text;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> as inline SVG on the server: no script and no inline style (the content
/// security policy allows neither), colours come from app.css by class (<c>s0</c>, <c>s1</c>, ... per series).
/// Every label goes through <see cref="Html.Html.E(string?)"/>, whose output is also valid XML, because
/// review types and process names come from the reviews. Each bar's width is its value over the chart's
/// maximum times <see cref="PlotWidth"/>; it carries its value in <c>data-value</c> so a test can check that.
/// </summary>
internal static class SvgBarChart
{
    public const int PlotWidth = 360;
    private const int LabelWidth = 210;
    private const int ValueWidth = 70;
    private const int BarHeight = 14;
    private const int GroupGap = 8;
    private const int LegendHeight = 22;
    private const int MaxLabelChars = 32;

    public static string Render(BarChart chart)
    {
        var legend = chart.Series.Count > 1 ? LegendHeight : 0;
        var groupHeight = (chart.Series.Count * BarHeight) + GroupGap;
        var width = LabelWidth + PlotWidth + ValueWidth;
        var height = legend + Math.Max(1, chart.Groups.Count) * groupHeight + 4;
        var max = chart.Max ?? chart.Groups.SelectMany(g => g.Values).DefaultIfEmpty(0).Max();
        var sb = new StringBuilder();
        sb.Append($"<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{E(chart.Id)}-t {E(chart.Id)}-d\" ")
          .Append($"width=\"{I(width)}\" height=\"{I(height)}\" viewBox=\"0 0 {I(width)} {I(height)}\">")
          .Append($"<title id=\"{E(chart.Id)}-t\">{E(chart.Title)}</title><desc id=\"{E(chart.Id)}-d\">{E(chart.Description)}</desc>");
        if (legend > 0)
        {
            sb.Append(Legend(chart.Series));
        }

        for (var g = 0; g < chart.Groups.Count; g++)
        {
            sb.Append(Group(chart, chart.Groups[g], legend + g * groupHeight, max));
        }

        if (chart.Groups.Count == 0)
        {
            sb.Append($"<text class=\"label\" x=\"{I(LabelWidth)}\" y=\"{I(legend + BarHeight)}\">Nothing to show.</text>");
        }

        sb.Append($"<line class=\"axis\" x1=\"{I(LabelWidth)}\" y1=\"{I(legend)}\" x2=\"{I(LabelWidth)}\" y2=\"{I(height - 2)}\"/>");
        return sb.Append("</svg>").ToString();
    }

    /// <summary>The bar's width in the plot: proportional to its value, nothing for a value of 0 or below or an empty chart.</summary>
    public static double BarWidth(double value, double max) => max <= 0 || value <= 0 ? 0 : Math.Min(value, max) / max * PlotWidth;

    private static string Group(BarChart chart, BarGroup group, int top, double max)
    {
        var sb = new StringBuilder();
        var middle = top + (group.Values.Count * BarHeight / 2.0);
        var shown = group.Label.Length > MaxLabelChars ? group.Label[..(MaxLabelChars - 1)] + "…" : group.Label;
        sb.Append($"<text class=\"label\" x=\"{I(LabelWidth - 6)}\" y=\"{D(middle + 4)}\" text-anchor=\"end\"><title>{E(group.Label)}</title>{E(shown)}</text>");
        for (var s = 0; s < group.Values.Count; s++)
        {
            var value = group.Values[s];
            var y = top + s * BarHeight;
            var w = BarWidth(value, max);
            var series = s < chart.Series.Count ? chart.Series[s] : string.Empty;
            sb.Append($"<rect class=\"bar s{I(s)}\" x=\"{I(LabelWidth)}\" y=\"{I(y + 1)}\" width=\"{D(w)}\" height=\"{I(BarHeight - 2)}\" data-value=\"{D(value)}\">")
              .Append($"<title>{E(group.Label)}{(chart.Series.Count > 1 ? ", " + E(series) : string.Empty)}: {E(chart.Format(value))}</title></rect>")
              .Append($"<text class=\"value\" x=\"{D(LabelWidth + w + 4)}\" y=\"{I(y + BarHeight - 3)}\">{E(chart.Format(value))}</text>");
        }

        return sb.ToString();
    }

    private static string Legend(IReadOnlyList<string> series)
    {
        var sb = new StringBuilder();
        var x = LabelWidth;
        for (var s = 0; s < series.Count; s++)
        {
            sb.Append($"<rect class=\"key s{I(s)}\" x=\"{I(x)}\" y=\"4\" width=\"10\" height=\"10\"/>")
              .Append($"<text class=\"label\" x=\"{I(x + 14)}\" y=\"13\">{E(series[s])}</text>");
            x += 24 + (series[s].Length * 7);
        }

        return sb.ToString();
    }

    private static string I(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string D(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
}
