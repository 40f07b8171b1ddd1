using Ingest.Web.Html;
using Ingest.Web.Security;
using Microsoft.AspNetCore.Authentication;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>Log in and log out.</summary>
internal static class LoginPages
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext http, string? returnUrl) => Result(Form(http, returnUrl, null))).AllowAnonymous();
        app.MapPost("/login", LogIn).AllowAnonymous().AddEndpointFilter(Forms.Validate);
        app.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(LoginService.Scheme);
            return Results.Redirect("/login");
        }).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> LogIn(HttpContext http, LoginService logins)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var name = form["name"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        var result = await logins.LogInAsync(name, form["password"].ToString(), http.RequestAborted);
        if (result.Principal is null)
        {
            return Result(Form(http, returnUrl, result.Problem, name), StatusCodes.Status401Unauthorized);
        }

        await http.SignInAsync(LoginService.Scheme, result.Principal);
        return Results.Redirect(IsLocal(returnUrl) ? returnUrl : "/");
    }

    /// <summary>Only paths on this site: "//evil" and "/\evil" are other sites to a browser.</summary>
    internal static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    private static string Form(HttpContext http, string? returnUrl, string? problem, string? name = null) =>
        Page(http, "Log in", $"""
            <section class="login">
            <h1>Log in</h1>
            {(problem is null ? string.Empty : $"<p class=\"problem\" role=\"alert\">{E(problem)}</p>")}
            <form method="post" action="/login">
            {Forms.Hidden(http)}
            <input type="hidden" name="returnUrl" value="{E(returnUrl)}">
            <label>User name <input name="name" autocomplete="username" required value="{E(name)}" autofocus></label>
            <label>Password <input name="password" type="password" autocomplete="current-password" required></label>
            <button type="submit">Log in</button>
            </form>
            <p class="hint">Logins are created by an administrator.</p>
            </section>
            """);
}
