using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Ingest.Web.Charts;

namespace Ingest.Web.Tests.Charts;

/// <summary>The SVG bar chart: bars as long as their values, labels from data encoded, a text alternative, well-formed XML.</summary>
[TestFixture]
public sealed partial class SvgBarChartTests
{
    private const string Hostile = "<script>alert('x')</script> & \"DVDS\"";

    private static string Draw(params (string Label, double Value)[] bars) =>
        SvgBarChart.Render(new BarChart("c1", "Processes", "Mentions of each process.", ["Mentions"],
            bars.Select(b => new BarGroup(b.Label, [b.Value])).ToList(), v => v.ToString("0", CultureInfo.InvariantCulture)));

    internal static List<(double Width, double Value)> Bars(string svg) =>
        BarPattern().Matches(svg).Select(m => (double.Parse(m.Groups["w"].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups["v"].Value, CultureInfo.InvariantCulture))).ToList();

    [Test]
    public void Bar_widths_are_proportional_to_the_values_and_the_largest_fills_the_plot()
    {
        var bars = Bars(Draw(("strategy discussion", 4), ("dash risk assessment", 2), ("marac", 1), ("none", 0)));

        Assert.That(bars.Select(b => b.Width), Is.EqualTo(new[] { 360.0, 180.0, 90.0, 0.0 }));
    }

    [Test]
    public void A_given_maximum_sets_the_scale_so_small_multiples_compare()
    {
        var svg = SvgBarChart.Render(new BarChart("c2", "Shares", "Shares.", ["Share"], [new BarGroup("police", [25]), new BarGroup("health", [10])], v => v + "%", Max: 50));

        Assert.That(Bars(svg).Select(b => b.Width), Is.EqualTo(new[] { 180.0, 72.0 }));
    }

    [Test]
    public void A_hostile_label_is_encoded_and_the_chart_is_still_well_formed_xml()
    {
        var svg = Draw((Hostile, 3));

        Assert.That(svg, Does.Not.Contain("<script").And.Not.Contain("'x'"));
        Assert.That(svg, Does.Contain("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt; &amp; &quot;DVDS&quot;"));
        var root = XElement.Parse(svg);
        var label = root.Elements().Single(e => e.Name.LocalName == "text" && e.Attribute("class")?.Value == "label");
        Assert.That(label.Elements().Single(e => e.Name.LocalName == "title").Value, Is.EqualTo(Hostile), "the full label, decoded, as the tooltip");
    }

    [Test]
    public void The_chart_has_a_title_and_description_screen_readers_are_pointed_to()
    {
        var root = XElement.Parse(Draw(("marac", 1)));
        XNamespace svg = "http://www.w3.org/2000/svg";

        Assert.That(root.Attribute("role")?.Value, Is.EqualTo("img"));
        Assert.That(root.Attribute("aria-labelledby")?.Value, Is.EqualTo("c1-t c1-d"));
        Assert.That(root.Element(svg + "title")?.Attribute("id")?.Value, Is.EqualTo("c1-t"));
        Assert.That(root.Element(svg + "desc")?.Value, Is.EqualTo("Mentions of each process."));
    }

    [Test]
    public void Several_series_get_a_legend_and_a_class_each()
    {
        var svg = SvgBarChart.Render(new BarChart("c3", "Recs", "Recs.", ["police only", "multi-agency"], [new BarGroup("DHR", [2, 1])], v => v.ToString(CultureInfo.InvariantCulture)));

        Assert.That(svg, Does.Contain("class=\"key s0\"").And.Contain("class=\"key s1\"").And.Contain(">multi-agency</text>"));
        Assert.That(svg, Does.Contain("class=\"bar s0\"").And.Contain("class=\"bar s1\""));
        Assert.That(Bars(svg).Select(b => b.Width), Is.EqualTo(new[] { 360.0, 180.0 }));
    }

    [GeneratedRegex("<rect class=\"bar s\\d+\"[^>]* width=\"(?<w>[0-9.]+)\"[^>]* data-value=\"(?<v>[0-9.]+)\"")]
    private static partial Regex BarPattern();
}
