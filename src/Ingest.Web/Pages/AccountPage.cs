using Ingest.Core.Review;
using Ingest.Web.Html;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// A logged-in user (any role) changes their own password: the current one is checked by the login's rules
/// (a wrong one counts towards the lock-out), the new one by <see cref="UserAdmin"/>'s. The change ends the
/// user's other sessions (their cookies carry a stamp of the old hash) and this one is signed in again.
/// </summary>
internal static class AccountPage
{
    public const string Path = "/account/password";

    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet(Path, (HttpContext http, string? done) =>
            Result(Render(http, done == "password" ? "Password changed. Your other sessions have ended." : null, null)));
        group.MapPost(Path, ChangeAsync).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, LoginService logins, IOwnPasswordStore store, IUserStore users, IPasswordHasher<string> hasher)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var me = Policies.NameOf(http.User);
        var password = form["new"].ToString();

        // The new password's own faults are told before the current one is checked, so a typo costs no attempt.
        var problem = password != form["repeat"].ToString() ? "the new password and its repetition differ" : UserAdmin.PasswordProblem(password);
        if (problem is null)
        {
            var check = await logins.ConfirmPasswordAsync(me, form["current"].ToString(), http.RequestAborted);
            problem = check.Problem ?? await UserAdmin.ChangeOwnPasswordAsync(store, hasher, me, check.CheckedHash!, password, http.RequestAborted);
        }

        if (problem is not null)
        {
            return Result(Render(http, null, $"Password not changed. {Sentence(problem)}"), StatusCodes.Status400BadRequest);
        }

        if (await users.FindAsync(me, http.RequestAborted) is { } self)
        {
            await http.SignInAsync(LoginService.Scheme, SessionCheck.PrincipalFor(self));
        }

        return Results.Redirect(Path + "?done=password");
    }

    /// <summary>The rules' reasons are phrases ("the password must be…"), the login's are sentences: shown alike.</summary>
    private static string Sentence(string reason) =>
        char.ToUpperInvariant(reason[0]) + reason[1..].TrimEnd('.') + ".";

    private static string Render(HttpContext http, string? notice, string? problem) =>
        Page(http, "Change password", $"""
            <section class="login">
            <h1>Change your password</h1>
            {(problem is null ? string.Empty : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>")}
            {(notice is null ? string.Empty : $"<p class=\"message\" role=\"status\">{E(notice)}</p>")}
            <form method="post" action="{Path}">
            {Forms.Hidden(http)}
            <input type="text" name="username" autocomplete="username" value="{E(Policies.NameOf(http.User))}" hidden readonly>
            <label>Current password <input name="current" type="password" autocomplete="current-password" required></label>
            <label>New password <input name="new" type="password" autocomplete="new-password" required minlength="{E(UserAdmin.MinimumPasswordLength)}"></label>
            <label>New password again <input name="repeat" type="password" autocomplete="new-password" required minlength="{E(UserAdmin.MinimumPasswordLength)}"></label>
            <button type="submit">Change password</button>
            </form>
            <p class="hint">At least {E(UserAdmin.MinimumPasswordLength)} characters. Changing it logs you out everywhere else.</p>
            </section>
            """);
}
