using System.Globalization;
using System.Text;
using Ingest.Core.Review;
using Ingest.Web.Security;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// The logins and their state, for admins, with a form for each change an admin can make
/// (<see cref="UserAdminEndpoints"/> takes the posts). The user name a form acts on travels in a hidden
/// field, not the path, because a name may hold characters a path segment would mangle.
/// </summary>
internal static class UsersPage
{
    public const string Path = "/admin/users";

    /// <summary>What a finished change says, by the code its redirect carries (only these texts are ever shown).</summary>
    private static readonly Dictionary<string, string> Done = new(StringComparer.Ordinal)
    {
        ["add"] = "Login added: {0}.",
        ["role"] = "Role changed: {0}.",
        ["unlock"] = "Unlocked: {0}.",
        ["password"] = "New password set: {0}. Their open sessions have ended.",
        ["disable"] = "Disabled: {0}. Their open sessions have ended.",
        ["enable"] = "Enabled again: {0}.",
        ["unchanged"] = "Nothing to change: {0} already was like that.",
    };

    public static void Map(RouteGroupBuilder group) => group.MapGet(Path, async (HttpContext http, IUserStore users, TimeProvider clock, string? done, string? user) =>
    {
        var notice = done is not null && Done.TryGetValue(done, out var text) ? string.Format(CultureInfo.InvariantCulture, text, user) : null;
        return Result(await RenderAsync(http, users, clock, notice, null));
    });

    /// <summary>The page, with a line saying what was just done (<paramref name="notice"/>) or why not (<paramref name="problem"/>).</summary>
    public static async Task<string> RenderAsync(HttpContext http, IUserStore users, TimeProvider clock, string? notice, string? problem)
    {
        var now = clock.GetUtcNow();
        var me = Policies.NameOf(http.User);
        var sb = new StringBuilder("<h1>Users</h1>");
        if (problem is not null)
        {
            sb.Append("<p class=\"problem\" role=\"alert\">").Append(E(problem)).Append("</p>");
        }
        else if (notice is not null)
        {
            sb.Append("<p class=\"message\" role=\"status\">").Append(E(notice)).Append("</p>");
        }

        sb.Append(AddForm(http));
        sb.Append("<table class=\"queue users\"><thead><tr><th>Name</th><th>Role</th><th>Status</th><th>Failed logins</th><th>Locked until (UTC)</th><th>Created</th><th>Change</th></tr></thead><tbody>");
        foreach (var u in await users.ListAsync(http.RequestAborted))
        {
            var locked = u.LockedUntil is { } l && l > now ? l.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) : "—";
            sb.Append($"<tr><td>{E(u.Name)}</td><td>{E(u.Role.ToWire())}</td><td>{(u.Disabled ? "disabled" : "enabled")}</td><td>{E(u.FailedLogins)}</td><td>{E(locked)}</td>")
              .Append($"<td>{E(u.CreatedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))}</td><td class=\"user-actions\">{Actions(http, u, me)}</td></tr>");
        }

        sb.Append("</tbody></table><p class=\"hint\">Every change here is written to the <a href=\"/audit\">audit log</a> with who made it. ")
          .Append("Logins can also be created with <code>ingest users add &lt;name&gt; --role analyst|lead|admin</code>.</p>");
        return Page(http, "Users", sb.ToString());
    }

    private static string AddForm(HttpContext http) => $"""
        <form method="post" action="{Path}/add" class="filters user-add">
        {Html.Forms.Hidden(http)}
        <label>User name <input name="name" required maxlength="64" autocomplete="off"></label>
        <label>Role {RoleSelect(UserRole.Analyst)}</label>
        <label>Initial password <input name="password" type="password" required minlength="{UserAdmin.MinimumPasswordLength}" autocomplete="new-password"></label>
        <button type="submit">Add login</button>
        </form>
        """;

    private static string Actions(HttpContext http, UserAccount u, string me)
    {
        var sb = new StringBuilder();
        sb.Append(Form(http, u, "role", $"{RoleSelect(u.Role)} <button type=\"submit\">Change role</button>"));
        if (u.FailedLogins > 0 || u.LockedUntil is not null)
        {
            sb.Append(Form(http, u, "unlock", "<button type=\"submit\">Unlock</button>"));
        }

        sb.Append(Form(http, u, "password", $"<input name=\"password\" type=\"password\" required minlength=\"{UserAdmin.MinimumPasswordLength}\" autocomplete=\"new-password\" aria-label=\"New password for {E(u.Name)}\"> <button type=\"submit\">Set password</button>"));
        if (u.Disabled)
        {
            sb.Append(Form(http, u, "enable", "<button type=\"submit\">Enable</button>"));
        }
        else if (u.Name != me)
        {
            sb.Append(Form(http, u, "disable", "<button type=\"submit\" class=\"reject\">Disable</button>"));
        }

        return sb.ToString();
    }

    private static string Form(HttpContext http, UserAccount u, string action, string controls) =>
        $"<form method=\"post\" action=\"{Path}/{action}\">{Html.Forms.Hidden(http)}<input type=\"hidden\" name=\"user\" value=\"{E(u.Name)}\">{controls}</form>";

    private static string RoleSelect(UserRole selected) =>
        "<select name=\"role\">" + string.Concat(Enum.GetValues<UserRole>().Select(r =>
            $"<option value=\"{E(r.ToWire())}\"{(r == selected ? " selected" : string.Empty)}>{E(r.ToWire())}</option>")) + "</select>";
}
