using System.Text;
using Ingest.Core.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>The latest entries of the audit log across all reviews, for leads.</summary>
internal static class AuditPage
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/audit", async (HttpContext http, IDecisionStore decisions) =>
    {
        var sb = new StringBuilder("<h1>Audit log</h1><p>Every decision, newest first. Entries are never changed or removed.</p><table class=\"audit\"><thead><tr><th>When (UTC)</th><th>Who</th><th>Record</th><th>What</th><th>Before</th><th>After</th><th>Reason</th></tr></thead><tbody>");
        foreach (var d in await decisions.RecentAsync(500, http.RequestAborted))
        {
            sb.Append(ReviewPage.AuditRow(d, link: true));
        }

        return Result(Page(http, "Audit log", sb.Append("</tbody></table>").ToString()));
    });
}
