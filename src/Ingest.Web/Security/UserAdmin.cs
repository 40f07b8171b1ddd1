using Ingest.Core.Configuration;
using Ingest.Core.Review;
using Ingest.Storage;
using Ingest.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;

namespace Ingest.Web.Security;

/// <summary>Creates logins (for `ingest users add`): the password is hashed with ASP.NET Core's password hasher, never stored.</summary>
public static class UserAdmin
{
    public const int MinimumPasswordLength = 10;

    /// <summary>Null when the login was added, otherwise what is wrong (nothing is changed then).</summary>
    public static Task<string?> AddAsync(string databasePath, string name, UserRole role, string password, TimeProvider clock, CancellationToken ct) =>
        AddAsync(() => new SqliteUserStore(databasePath, clock), name, role, password, ct);

    /// <summary>Adds the login to the store the configuration names (the SQLite file or the PostgreSQL database).</summary>
    public static Task<string?> AddAsync(StorageOptions storage, string name, UserRole role, string password, TimeProvider clock, CancellationToken ct) =>
        AddAsync(() => ReviewStoreFactory.Users(storage, clock), name, role, password, ct);

    /// <summary>Checks the name and password before the store is opened, so a refused login creates nothing.</summary>
    private static async Task<string?> AddAsync(Func<IUserStore> open, string name, UserRole role, string password, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)))
        {
            return "a user name is 1 to 64 characters without spaces";
        }

        if (password.Length < MinimumPasswordLength)
        {
            return $"the password must be at least {MinimumPasswordLength} characters";
        }

        var users = open();
        try
        {
            await users.MigrateAsync(ct);
            var hash = new PasswordHasher<string>().HashPassword(name, password);
            return await users.AddAsync(name, hash, role, ct) ? null : $"a user named '{name}' already exists";
        }
        finally
        {
            (users as IDisposable)?.Dispose();
        }
    }
}
