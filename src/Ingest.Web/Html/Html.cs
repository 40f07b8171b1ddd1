using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;

namespace Ingest.Web.Html;

/// <summary>
/// The only way text reaches a page: every value goes through <see cref="E(string?)"/>, which encodes
/// it for both element content and quoted attributes, so a review's own text can never become markup.
/// </summary>
internal static class Html
{
    public static string E(string? value) => value is null ? string.Empty : HtmlEncoder.Default.Encode(value);

    public static string E(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string E(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>A URL query value.</summary>
    public static string Q(string? value) => Uri.EscapeDataString(value ?? string.Empty);

    public static string Page(HttpContext http, string title, string body, string? script = null)
    {
        var user = http.User.Identity?.IsAuthenticated == true ? http.User.Identity.Name : null;
        var token = Forms.Token(http);
        var sb = new StringBuilder(body.Length + 2048);
        sb.Append("<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
          .Append("<meta name=\"csrf-token\" content=\"").Append(E(token)).Append("\">")
          .Append("<title>").Append(E(title)).Append(" · Ingest</title>")
          .Append("<link rel=\"stylesheet\" href=\"/assets/app.css\">");
        if (script is not null)
        {
            sb.Append("<script src=\"/assets/").Append(E(script)).Append("\" defer></script>");
        }

        sb.Append("</head><body><header class=\"top\"><a class=\"brand\" href=\"/\">Ingest</a>");
        if (user is not null)
        {
            sb.Append("<nav><a href=\"/\">Review queue</a><a href=\"/dashboard\">Dashboard</a><a href=\"/report\">Report</a><a href=\"/upload\">Upload</a><a href=\"/search\">Search</a>");
            if (http.User.IsInRoleAtLeastLead())
            {
                sb.Append("<a href=\"/agreement\">Double coding</a><a href=\"/audit\">Audit log</a>");
            }

            if (Security.Policies.IsAtLeast(http.User, Core.Review.UserRole.Admin))
            {
                sb.Append("<a href=\"/admin/users\">Users</a>");
            }

            sb.Append("</nav><form method=\"post\" action=\"/logout\" class=\"logout\">").Append(Forms.Hidden(http))
              .Append("<span>").Append(E(user)).Append(" (").Append(E(Security.Policies.RoleOf(http.User)?.ToString().ToLowerInvariant())).Append(")</span>")
              .Append("<a href=\"/account/password\">Change password</a>")
              .Append("<button type=\"submit\">Log out</button></form>");
        }

        sb.Append("</header><main>").Append(body).Append("</main></body></html>");
        return sb.ToString();
    }

    private static bool IsInRoleAtLeastLead(this System.Security.Claims.ClaimsPrincipal user) =>
        Security.Policies.IsAtLeast(user, Core.Review.UserRole.Lead);

    public static IResult Result(string html, int status = 200) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>A short page that says what went wrong, in words.</summary>
    public static IResult Problem(HttpContext http, int status, string title, string message) =>
        Result(Page(http, title, $"<h1>{E(title)}</h1><p class=\"problem\">{E(message)}</p><p><a href=\"/\">Back to the review queue</a></p>"), status);
}
