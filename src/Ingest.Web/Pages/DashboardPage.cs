using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Web.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>Figures across all reviews; each one links to the reviews or annotations behind it.</summary>
internal static class DashboardPage
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/dashboard", Show);

    private static async Task<IResult> Show(HttpContext http, IDocumentStore store)
    {
        var docs = new List<DocumentSummary>();
        await foreach (var d in store.ListAsync(withText: false, http.RequestAborted))
        {
            docs.Add(new DocumentSummary(d));
        }

        // Rejected suggestions are not evidence of anything; everything else counts.
        var kept = docs.SelectMany(d => d.Document.Annotations.Where(a => a.Status != "rejected")).ToList();
        var sb = new StringBuilder("<h1>Dashboard</h1><div class=\"figures\">");
        sb.Append(Box("Reviews by type", docs.SelectMany(d => d.Types).GroupBy(t => t).OrderByDescending(g => g.Count()).ThenBy(g => g.Key)
            .Select(g => (g.Key, g.Count(), $"/?type={Q(g.Key)}"))));
        sb.Append(Box("Rating (confirmed, else proposed)", docs.Where(d => d.Rating is not null).GroupBy(d => d.Rating!.Value).OrderBy(g => g.Key)
            .Select(g => ($"{g.Key} {RatingNames.Of(g.Key)}", g.Count(), $"/?rating={g.Key}"))));
        sb.Append(Box("Most-mentioned police processes", kept.Where(a => a.Label == Labels.PoliceMention && a.Attributes.Category == "process")
            .GroupBy(a => a.Text.Trim().ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Take(15)
            .Select(g => (g.Key, g.Count(), $"/annotations?label=police_mention&category=process&text={Q(g.Key)}"))));
        sb.Append(RecommendationShare(kept));
        return Result(Page(http, "Dashboard", sb.Append("</div>").ToString()));
    }

    private static string RecommendationShare(IReadOnlyList<Annotation> kept)
    {
        var all = kept.Count(a => a.Label == Labels.Recommendation);
        var police = kept.Count(a => a.Label == Labels.Recommendation && (a.Attributes.Agencies?.Contains("police") ?? false));
        var share = all == 0 ? "—" : E(100.0 * police / all, "0") + "%";
        return $"""
            <section class="figure"><h2>Recommendations for the police</h2>
            <p class="big"><a href="/annotations?label=recommendation&amp;agency=police">{share}</a></p>
            <p><a href="/annotations?label=recommendation&amp;agency=police">{E(police)} for the police</a> of <a href="/annotations?label=recommendation">{E(all)} recommendations</a></p></section>
            """;
    }

    private static string Box(string title, IEnumerable<(string Name, int Count, string Link)> rows)
    {
        var list = rows.ToList();
        var max = Math.Max(1, list.Count == 0 ? 1 : list.Max(r => r.Count));
        var sb = new StringBuilder($"<section class=\"figure\"><h2>{E(title)}</h2>");
        if (list.Count == 0)
        {
            return sb.Append("<p>None yet.</p></section>").ToString();
        }

        sb.Append("<table class=\"bars\">");
        foreach (var (name, count, link) in list)
        {
            // Bar width as a meter element: no inline style needed under the content security policy.
            sb.Append($"<tr><td><a href=\"{E(link)}\">{E(name)}</a></td><td class=\"n\"><a href=\"{E(link)}\">{E(count)}</a></td><td><meter min=\"0\" max=\"{E(max)}\" value=\"{E(count)}\"></meter></td></tr>");
        }

        return sb.Append("</table></section>").ToString();
    }
}
