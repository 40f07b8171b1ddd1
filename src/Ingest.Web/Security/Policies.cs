using System.Security.Claims;
using Ingest.Core.Review;
using Microsoft.AspNetCore.Authorization;

namespace Ingest.Web.Security;

/// <summary>The authorisation policies: one per role, each admitting that role and every role above it.</summary>
public static class Policies
{
    public const string Analyst = "analyst";
    public const string Lead = "lead";
    public const string Admin = "admin";

    public static void Add(AuthorizationOptions options)
    {
        // Every endpoint needs a login unless it says otherwise (the login page and the stylesheet do).
        options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
        options.AddPolicy(Analyst, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= UserRole.Analyst));
        options.AddPolicy(Lead, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= UserRole.Lead));
        options.AddPolicy(Admin, p => p.RequireAuthenticatedUser().RequireAssertion(c => RoleOf(c.User) >= UserRole.Admin));
    }

    public static UserRole? RoleOf(ClaimsPrincipal user) =>
        UserRoleNames.TryParse(user.FindFirstValue(ClaimTypes.Role), out var role) ? role : null;

    public static bool IsAtLeast(this ClaimsPrincipal user, UserRole role) => RoleOf(user) >= role;

    public static string NameOf(ClaimsPrincipal user) =>
        user.Identity?.Name ?? throw new InvalidOperationException("an authenticated user has no name");
}
