using System.Globalization;
using System.Text;
using Ingest.Core.Reports;
using Ingest.Web.Charts;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// The report page's sections: each a table of the CSV's figures with a chart of them beside it (the
/// table is the chart's long text alternative). Shares are written as percentages of the CSV's 0-1 values.
/// </summary>
internal static class ReportSections
{
    /// <summary>How many processes the report lists per type: the CSV's top_police_processes.</summary>
    public const int TopProcesses = 5;

    private static readonly Dictionary<string, string> AgencyNames = new(StringComparer.Ordinal)
    {
        ["police"] = "Police", ["childrens_social_care"] = "Children's social care", ["adult_social_care"] = "Adult social care",
        ["health"] = "Health", ["education"] = "Education", ["probation"] = "Probation", ["housing"] = "Housing",
        ["voluntary_sector"] = "Voluntary sector", ["partnership"] = "Partnership", ["national"] = "National bodies", ["other"] = "Other",
    };

    public static string AgencyName(string agency) => AgencyNames.GetValueOrDefault(agency) ?? agency;

    /// <param name="rows">The rows shown: every type then all reviews, or one type.</param>
    /// <param name="focus">The row the rating chart is drawn for: all reviews, or the one type.</param>
    public static string Render(IReadOnlyList<ReviewTypeSummary> rows, ReviewTypeSummary focus) =>
        new StringBuilder()
            .Append(Overview(rows))
            .Append(Agencies(rows))
            .Append(Recommendations(rows))
            .Append(Processes(rows))
            .Append(Ratings(rows, focus))
            .ToString();

    public static string Percent(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    public static string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Count(double x) => x.ToString("0", CultureInfo.InvariantCulture);

    private static string TypeName(ReviewTypeSummary r) => r.ReviewType == CorpusReport.AllReviews ? "All reviews" : r.ReviewType;

    private static string Overview(IReadOnlyList<ReviewTypeSummary> rows)
    {
        var table = Table(["Review type", "Reviews", "Words", "Police mentions per 1,000 words", "Reviews with an IMR", "with a police IMR", "police IMR analytical"],
            rows.Select(r => new[] { TypeName(r), E(r.Reviews), r.Words.ToString(CultureInfo.InvariantCulture), Number(r.PoliceMentionsPerThousandWords), E(r.ReviewsWithImr), E(r.ReviewsWithPoliceImr), E(r.PoliceImrAnalytical) }));
        var density = Figure(new BarChart("chart-density", "Police mentions per 1,000 words",
            "Mean police mentions per 1,000 words of a review, per review type; the figures are in the table beside.",
            ["Police mentions per 1,000 words"], rows.Select(r => new BarGroup(TypeName(r), [r.PoliceMentionsPerThousandWords])).ToList(), Number));
        var imrs = Figure(new BarChart("chart-imr", "Individual management reviews",
            "Reviews with an IMR, with a police IMR, and with a police IMR that no sentence criticises as lacking analysis, per review type.",
            ["with an IMR", "with a police IMR", "police IMR analytical"],
            rows.Select(r => new BarGroup(TypeName(r), [r.ReviewsWithImr, r.ReviewsWithPoliceImr, r.PoliceImrAnalytical])).ToList(), Count));
        return Section("report-overview", "Reviews, police mentions and IMRs", table, density + imrs);
    }

    private static string Agencies(IReadOnlyList<ReviewTypeSummary> rows)
    {
        var table = Table(["Review type", .. ReviewTypeSummary.Agencies.Select(AgencyName)],
            rows.Select(r => (string[])[TypeName(r), .. ReviewTypeSummary.Agencies.Select(a => Percent(r.Share(a)))]));

        // One scale for every type, so a longer bar means a larger share whichever chart it is in.
        var max = rows.SelectMany(r => ReviewTypeSummary.Agencies.Select(a => r.Share(a) * 100)).DefaultIfEmpty(0).Max();
        var charts = rows.Select((r, i) => Figure(new BarChart($"chart-agency-{i}", $"Share of sentences naming each agency: {TypeName(r)}",
            $"Mean share of a review's sentences that name each agency, {TypeName(r)} ({r.Reviews} reviews); all charts of this section share one scale.",
            ["Share of sentences"], ReviewTypeSummary.Agencies.Select(a => new BarGroup(AgencyName(a), [r.Share(a) * 100])).ToList(),
            v => Percent(v / 100), max)));
        return Section("report-agencies", "Share of sentences naming each agency", table, string.Concat(charts));
    }

    private static string Recommendations(IReadOnlyList<ReviewTypeSummary> rows)
    {
        var table = Table(["Review type", "Recommendations", "Police only", "Multi-agency", "Police-only share", "Multi-agency share"],
            rows.Select(r => new[] { TypeName(r), E(r.Recommendations), E(r.PoliceOnlyRecommendations), E(r.MultiAgencyRecommendations), Percent(Ratio(r.PoliceOnlyRecommendations, r.Recommendations)), Percent(Ratio(r.MultiAgencyRecommendations, r.Recommendations)) }));
        var chart = Figure(new BarChart("chart-recommendations", "Police-only and multi-agency recommendations",
            "Share of each review type's recommendations made to the police alone and to more than one agency.",
            ["police only", "multi-agency"],
            rows.Select(r => new BarGroup(TypeName(r), [Ratio(r.PoliceOnlyRecommendations, r.Recommendations) * 100, Ratio(r.MultiAgencyRecommendations, r.Recommendations) * 100])).ToList(),
            v => Percent(v / 100)));
        return Section("report-recommendations", "Recommendations", table, chart);
    }

    private static string Processes(IReadOnlyList<ReviewTypeSummary> rows)
    {
        var table = Table(["Review type", $"Most mentioned police processes (top {TopProcesses})"], numeric: false, rows:
            rows.Select(r => new[] { TypeName(r), string.Join("; ", r.TopProcesses(TopProcesses).Select(p => $"{p.Process} ({p.Mentions.ToString(CultureInfo.InvariantCulture)})")) }));
        var charts = rows.Select((r, i) => Figure(new BarChart($"chart-process-{i}", $"Most mentioned police processes: {TypeName(r)}",
            $"Mentions of the {TopProcesses} most mentioned police processes in {TypeName(r)}.",
            ["Mentions"], r.TopProcesses(TopProcesses).Select(p => new BarGroup(p.Process, [p.Mentions])).ToList(), Count)));
        return Section("report-processes", "Most mentioned police processes", table, string.Concat(charts));
    }

    private static string Ratings(IReadOnlyList<ReviewTypeSummary> rows, ReviewTypeSummary focus)
    {
        var table = Table(["Review type", .. Enumerable.Range(1, 4).Select(n => $"{n} {RatingNames.Of(n)}"), "Unrated"],
            rows.Select(r => new[] { TypeName(r), E(r.Ratings[1]), E(r.Ratings[2]), E(r.Ratings[3]), E(r.Ratings[4]), E(r.Ratings[0]) }));
        var levels = Enumerable.Range(1, 4).Select(n => new BarGroup($"{n} {RatingNames.Of(n)}", [focus.ProposedRatings[n], focus.ConfirmedRatings[n], focus.Ratings[n]]))
            .Append(new BarGroup("none (unrated, not confirmed)", [focus.ProposedRatings[0], focus.ConfirmedRatings[0], focus.Ratings[0]])).ToList();
        var chart = Figure(new BarChart("chart-ratings", $"Ratings proposed and confirmed: {TypeName(focus)}",
            $"Reviews of {TypeName(focus)} at each rating as the pipeline proposed it, as an analyst confirmed it (none: not confirmed yet), and as the report counts it (confirmed, else proposed; none: unrated).",
            ["proposed", "confirmed", "in the report"], levels, Count));
        return Section("report-ratings", "Rating distribution (confirmed, else proposed)", table, chart);
    }

    /// <summary>A chart with its title shown above it (the SVG's own title is only a tooltip), so each small multiple says which type it is.</summary>
    private static string Figure(BarChart chart) =>
        $"<figure class=\"chart-figure\"><figcaption>{E(chart.Title)}</figcaption>{SvgBarChart.Render(chart)}</figure>";

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Section(string id, string title, string table, string charts) =>
        $"<section class=\"report\" id=\"{E(id)}\"><h2>{E(title)}</h2><div class=\"report-body\"><div class=\"report-table\">{table}</div><div class=\"report-charts\">{charts}</div></div></section>";

    /// <summary>A table whose cells are plain text (encoded here) and whose first column heads each row; numbers are right-aligned.</summary>
    private static string Table(string[] headings, IEnumerable<string[]> rows, bool numeric = true)
    {
        var cell = numeric ? "<td class=\"n\">" : "<td>";
        var sb = new StringBuilder("<table class=\"report-figures\"><thead><tr>");
        sb.Append(string.Concat(headings.Select(h => $"<th scope=\"col\">{E(h)}</th>"))).Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append($"<tr><th scope=\"row\">{E(row[0])}</th>").Append(string.Concat(row.Skip(1).Select(c => $"{cell}{E(c)}</td>"))).Append("</tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }
}
