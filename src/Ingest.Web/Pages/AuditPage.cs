using System.Globalization;
using System.Text;
using Ingest.Core.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>The latest entries of the audit log across all reviews, and the admins' changes to logins, for leads.</summary>
internal static class AuditPage
{
    private const int Shown = 500;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/audit", async (HttpContext http, IDecisionStore decisions, IUserAdminStore logins) =>
    {
        // The two logs are kept apart (a decision belongs to a review, a login change does not) and read here as one, newest first.
        var rows = (await decisions.RecentAsync(Shown, http.RequestAborted)).Select(d => (d.DecidedAt, Html: ReviewPage.AuditRow(d, link: true)))
            .Concat((await logins.RecentEventsAsync(Shown, http.RequestAborted)).Select(e => (DecidedAt: e.At, Html: UserAdminRow(e))))
            .OrderByDescending(r => r.DecidedAt)
            .Take(Shown);
        var sb = new StringBuilder("<h1>Audit log</h1><p>Every decision and every change an admin made to a login, newest first. Entries are never changed or removed.</p><table class=\"audit\"><thead><tr><th>When (UTC)</th><th>Who</th><th>Record</th><th>What</th><th>Before</th><th>After</th><th>Reason</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            sb.Append(row.Html);
        }

        return Result(Page(http, "Audit log", sb.Append("</tbody></table>").ToString()));
    });

    private static string UserAdminRow(UserAdminEvent e) =>
        $"<tr class=\"user-admin\"><td>{E(e.At.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))}</td><td>{E(e.Actor)}</td><td>logins</td>" +
        $"<td>{E(e.Action)} <a href=\"/admin/users\">{E(e.TargetUser)}</a></td><td>{E(e.Before)}</td><td>{E(e.After)}</td><td></td></tr>";
}
