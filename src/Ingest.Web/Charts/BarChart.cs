namespace Ingest.Web.Charts;

/// <summary>One row of a bar chart: its label and one value per series.</summary>
internal sealed record BarGroup(string Label, IReadOnlyList<double> Values);

/// <summary>
/// A horizontal bar chart, drawn by <see cref="SvgBarChart"/>. <paramref name="Series"/> names the bars in
/// each group (one name: plain bars, no legend). <paramref name="Max"/> is the value that fills the plot;
/// null takes the largest value, so small multiples pass one maximum to stay comparable.
/// </summary>
/// <param name="Id">Unique on the page: the title and description are referenced by it for screen readers.</param>
/// <param name="Description">What the chart shows, in words (its text alternative, beside the table it draws).</param>
/// <param name="Format">How a value is written at the end of its bar.</param>
internal sealed record BarChart(
    string Id,
    string Title,
    string Description,
    IReadOnlyList<string> Series,
    IReadOnlyList<BarGroup> Groups,
    Func<double, string> Format,
    double? Max = null);
