using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Ingest.Core.Review;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Ingest.Web.Security;

/// <summary>
/// Keeps a login cookie in step with the stored login, checked on every request: a disabled or removed
/// login, or one whose password an admin has reset since the cookie was issued, is signed out at once;
/// a changed role takes effect on the next request (the cookie is reissued with it). The cookie itself
/// cannot be revoked, so this costs one user lookup per request, which a team-sized store answers at once.
/// </summary>
internal static class SessionCheck
{
    /// <summary>A claim that changes when the password does (a digest of the stored hash, never the hash itself).</summary>
    public const string StampClaim = "ingest:stamp";

    public static ClaimsPrincipal PrincipalFor(UserAccount user) => new(new ClaimsIdentity(
        [new Claim(ClaimTypes.Name, user.Name), new Claim(ClaimTypes.Role, user.Role.ToWire()), new Claim(StampClaim, Stamp(user.PasswordHash))],
        LoginService.Scheme));

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var name = principal?.Identity?.Name;
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var user = name is null ? null : await users.FindAsync(name, context.HttpContext.RequestAborted);
        if (principal is null || user is null || user.Disabled || principal.FindFirstValue(StampClaim) != Stamp(user.PasswordHash))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(LoginService.Scheme);
            return;
        }

        if (Policies.RoleOf(principal) != user.Role)
        {
            context.ReplacePrincipal(PrincipalFor(user));
            context.ShouldRenew = true;
        }
    }

    private static string Stamp(string passwordHash) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)), 0, 8);
}
