using Ingest.Core.Configuration;
using Ingest.Core.Review;
using Ingest.Storage;
using Ingest.Storage.Sqlite;
using Microsoft.AspNetCore.Identity;

namespace Ingest.Web.Security;

/// <summary>
/// Creates logins (for `ingest users add` and the admin page) and sets passwords by one set of rules: the
/// password is hashed with ASP.NET Core's password hasher, never stored.
/// </summary>
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
        if ((NameProblem(name) ?? PasswordProblem(password)) is { } problem)
        {
            return problem;
        }

        var users = open();
        try
        {
            await users.MigrateAsync(ct);
            var hash = new PasswordHasher<string>().HashPassword(name, password);
            return await users.AddAsync(name, hash, role, ct) ? null : Taken(name);
        }
        finally
        {
            (users as IDisposable)?.Dispose();
        }
    }

    /// <summary>Adds a login on the web, checked by the same rules as the command line, and logged as done by <paramref name="actor"/>.</summary>
    public static async Task<string?> AddAsync(IUserAdminStore users, IPasswordHasher<string> hasher, string actor, string name, UserRole role, string password, CancellationToken ct)
    {
        if ((NameProblem(name) ?? PasswordProblem(password)) is { } problem)
        {
            return problem;
        }

        return await users.AddAsync(actor, name, hasher.HashPassword(name, password), role, ct) == UserChangeOutcome.NameTaken ? Taken(name) : null;
    }

    /// <summary>Sets a new password chosen by an admin, by the same length rule; null when it was set.</summary>
    public static async Task<string?> ResetPasswordAsync(IUserAdminStore users, IPasswordHasher<string> hasher, string actor, string name, string password, CancellationToken ct)
    {
        if (PasswordProblem(password) is { } problem)
        {
            return problem;
        }

        return await users.ResetPasswordAsync(actor, name, hasher.HashPassword(name, password), ct) == UserChangeOutcome.NotFound ? $"there is no user named '{name}'" : null;
    }

    /// <summary>
    /// Sets a user's own new password, by the same length rule; null when it was set. The caller has checked
    /// the current password against <paramref name="checkedHash"/>, and nothing is set if that hash has changed since.
    /// </summary>
    public static async Task<string?> ChangeOwnPasswordAsync(IOwnPasswordStore users, IPasswordHasher<string> hasher, string name, string checkedHash, string password, CancellationToken ct)
    {
        if (PasswordProblem(password) is { } problem)
        {
            return problem;
        }

        return await users.ChangeOwnPasswordAsync(name, checkedHash, hasher.HashPassword(name, password), ct) switch
        {
            UserChangeOutcome.Done => null,
            UserChangeOutcome.NotFound => $"there is no user named '{name}'",
            _ => "the password was changed elsewhere meanwhile; log in again with the new one",
        };
    }

    /// <summary>What is wrong with a new user name, or null.</summary>
    public static string? NameProblem(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Any(c => char.IsWhiteSpace(c) || char.IsControl(c))
            ? "a user name is 1 to 64 characters without spaces"
            : null;

    /// <summary>What is wrong with a new password, or null.</summary>
    public static string? PasswordProblem(string password) =>
        password.Length < MinimumPasswordLength ? $"the password must be at least {MinimumPasswordLength} characters" : null;

    private static string Taken(string name) => $"a user named '{name}' already exists";
}
