using Ingest.Core.Review;
using Ingest.Web.Html;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Primitives;

namespace Ingest.Web.Pages;

/// <summary>
/// The admin page's changes to logins: add, change role, unlock, set a new password, disable and enable.
/// Each is a form post with its antiforgery token; a change that is made redirects back to the page (so a
/// reload does not repeat it), one that is refused shows the page again with the reason.
/// </summary>
internal static class UserAdminEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost(UsersPage.Path + "/add", Add).AddEndpointFilter(Forms.Validate);
        group.MapPost(UsersPage.Path + "/role", ChangeRole).AddEndpointFilter(Forms.Validate);
        group.MapPost(UsersPage.Path + "/unlock", (HttpContext http, IUserAdminStore store, IUserStore users, TimeProvider clock) =>
            Change(http, users, clock, "unlock", (actor, name, ct) => store.UnlockAsync(actor, name, ct))).AddEndpointFilter(Forms.Validate);
        group.MapPost(UsersPage.Path + "/password", ResetPassword).AddEndpointFilter(Forms.Validate);
        group.MapPost(UsersPage.Path + "/disable", Disable).AddEndpointFilter(Forms.Validate);
        group.MapPost(UsersPage.Path + "/enable", (HttpContext http, IUserAdminStore store, IUserStore users, TimeProvider clock) =>
            Change(http, users, clock, "enable", (actor, name, ct) => store.SetDisabledAsync(actor, name, false, ct))).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> Add(HttpContext http, IUserAdminStore store, IUserStore users, IPasswordHasher<string> hasher, TimeProvider clock)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString().Trim();
        if (!UserRoleNames.TryParse(form["role"], out var role))
        {
            return await Refuse(http, users, clock, 400, "Choose a role: analyst, lead or admin.");
        }

        var problem = await UserAdmin.AddAsync(store, hasher, Policies.NameOf(http.User), name, role, form["password"].ToString(), http.RequestAborted);
        return problem is null ? Redirect("add", name) : await Refuse(http, users, clock, 400, $"Login not added: {problem}.");
    }

    private static async Task<IResult> ChangeRole(HttpContext http, IUserAdminStore store, IUserStore users, TimeProvider clock)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!UserRoleNames.TryParse(form["role"], out var role))
        {
            return await Refuse(http, users, clock, 400, "Choose a role: analyst, lead or admin.");
        }

        return await Change(http, users, clock, "role", (actor, name, ct) => store.ChangeRoleAsync(actor, name, role, ct));
    }

    private static async Task<IResult> ResetPassword(HttpContext http, IUserAdminStore store, IUserStore users, IPasswordHasher<string> hasher, TimeProvider clock)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["user"].ToString();
        var me = Policies.NameOf(http.User);
        var problem = await UserAdmin.ResetPasswordAsync(store, hasher, me, name, form["password"].ToString(), http.RequestAborted);
        if (problem is not null)
        {
            return await Refuse(http, users, clock, 400, $"Password not set: {problem}.");
        }

        // A new password ends the login's other sessions; an admin who set their own stays logged in here.
        if (name == me && await users.FindAsync(me, http.RequestAborted) is { } self)
        {
            await http.SignInAsync(LoginService.Scheme, SessionCheck.PrincipalFor(self));
        }

        return Redirect("password", name);
    }

    private static async Task<IResult> Disable(HttpContext http, IUserAdminStore store, IUserStore users, TimeProvider clock)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["user"] == Policies.NameOf(http.User))
        {
            return await Refuse(http, users, clock, 409, "You cannot disable your own login. Ask another admin.");
        }

        return await Change(http, users, clock, "disable", (actor, name, ct) => store.SetDisabledAsync(actor, name, true, ct));
    }

    /// <summary>Runs one change on the login named in the form's <c>user</c> field and answers with its outcome.</summary>
    private static async Task<IResult> Change(HttpContext http, IUserStore users, TimeProvider clock, string done, Func<string, string, CancellationToken, Task<UserChangeOutcome>> change)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (form["user"] is not { Count: 1 } values || StringValues.IsNullOrEmpty(values))
        {
            return await Refuse(http, users, clock, 400, "The form did not say which login to change.");
        }

        var name = values.ToString();
        return await change(Policies.NameOf(http.User), name, http.RequestAborted) switch
        {
            UserChangeOutcome.Done => Redirect(done, name),
            UserChangeOutcome.Unchanged => Redirect("unchanged", name),
            UserChangeOutcome.NotFound => await Refuse(http, users, clock, 404, $"There is no login named '{name}'."),
            UserChangeOutcome.LastAdmin => await Refuse(http, users, clock, 409, $"Not changed: {name} is the last enabled admin, and the team must keep one. Make another login an admin first."),
            var other => await Refuse(http, users, clock, 400, $"Not changed ({other})."),
        };
    }

    private static IResult Redirect(string done, string name) =>
        Results.Redirect($"{UsersPage.Path}?done={Uri.EscapeDataString(done)}&user={Uri.EscapeDataString(name)}");

    private static async Task<IResult> Refuse(HttpContext http, IUserStore users, TimeProvider clock, int status, string problem) =>
        Html.Html.Result(await UsersPage.RenderAsync(http, users, clock, null, problem), status);
}
