using Ingest.Core.Review;
using Ingest.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;

namespace Ingest.Web.Security;

/// <summary>Creates logins (for `ingest users add`): the password is hashed with ASP.NET Core's password hasher, never stored.</summary>
public static class UserAdmin
{
    public const int MinimumPasswordLength = 10;

    /// <summary>Null when the login was added, otherwise what is wrong (nothing is changed then).</summary>
    public static async Task<string?> AddAsync(string databasePath, string name, UserRole role, string password, TimeProvider clock, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "a user name is 1 to 64 characters without spaces";
        }

        if (password.Length < MinimumPasswordLength)
        {
            return $"the password must be at least {MinimumPasswordLength} characters";
        }

        using var users = new SqliteUserStore(databasePath, clock);
        await users.MigrateAsync(ct);
        var hash = new PasswordHasher<string>().HashPassword(name, password);
        return await users.AddAsync(name, hash, role, ct) ? null : $"a user named '{name}' already exists";
    }
}
