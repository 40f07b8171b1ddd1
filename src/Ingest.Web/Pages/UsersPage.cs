using System.Text;
using Ingest.Core.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>The logins and their state, for admins (logins are created with `ingest users add`).</summary>
internal static class UsersPage
{
    public static void Map(RouteGroupBuilder group) => group.MapGet("/admin/users", async (HttpContext http, IUserStore users, TimeProvider clock) =>
    {
        var now = clock.GetUtcNow();
        var sb = new StringBuilder("<h1>Users</h1><p>Create logins with <code>ingest users add &lt;name&gt; --role analyst|lead|admin</code>.</p><table class=\"queue\"><thead><tr><th>Name</th><th>Role</th><th>Failed logins</th><th>Locked until</th><th>Created</th></tr></thead><tbody>");
        foreach (var u in await users.ListAsync(http.RequestAborted))
        {
            var locked = u.LockedUntil is { } l && l > now ? l.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "—";
            sb.Append($"<tr><td>{E(u.Name)}</td><td>{E(u.Role.ToWire())}</td><td>{E(u.FailedLogins)}</td><td>{E(locked)}</td><td>{E(u.CreatedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}</td></tr>");
        }

        return Result(Page(http, "Users", sb.Append("</tbody></table>").ToString()));
    });
}
