using System.Security.Claims;
using Ingest.Core.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ingest.Web.Security;

/// <summary>What a login attempt came to.</summary>
internal sealed record LoginResult(ClaimsPrincipal? Principal, string? Problem);

/// <summary>What checking a logged-in user's current password came to: the stored hash it matched, or why not.</summary>
internal sealed record PasswordCheck(string? CheckedHash, string? Problem);

/// <summary>
/// Checks a name and password against the stored hash, counting failures: after
/// <see cref="WebUiOptions.LockoutFailures"/> in a row the account is locked for <see cref="WebUiOptions.LockoutDuration"/>.
/// </summary>
internal sealed class LoginService(IUserStore users, IPasswordHasher<string> hasher, IOptions<WebUiOptions> options, TimeProvider clock)
{
    public const string Scheme = "ingest";

    private const string WrongNameOrPassword = "Wrong name or password.";

    // Verifying against a real-looking hash for unknown names keeps their answer as slow as a wrong password's.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<string>().HashPassword("nobody", Guid.NewGuid().ToString()));

    public async Task<LoginResult> LogInAsync(string name, string password, CancellationToken ct)
    {
        var user = await users.FindAsync(name, ct);
        if (user is null)
        {
            hasher.VerifyHashedPassword(name, DummyHash.Value, password);
            return new LoginResult(null, WrongNameOrPassword);
        }

        var now = clock.GetUtcNow();
        if (LockedProblem(user, now) is { } locked)
        {
            return new LoginResult(null, locked);
        }

        var verdict = hasher.VerifyHashedPassword(user.Name, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(user, now, ct);
            return new LoginResult(null, WrongNameOrPassword);
        }

        // Checked only after the password, so a wrong guess learns nothing about whether the login exists.
        if (user.Disabled)
        {
            return new LoginResult(null, "This login is disabled. Ask an administrator.");
        }

        await users.RecordSuccessAsync(user.Name, ct);
        if (verdict == PasswordVerificationResult.SuccessRehashNeeded)
        {
            user = user with { PasswordHash = hasher.HashPassword(user.Name, password) };
            await users.UpdateHashAsync(user.Name, user.PasswordHash, ct);
        }

        return new LoginResult(SessionCheck.PrincipalFor(user), null);
    }

    /// <summary>
    /// Checks a logged-in user's current password before a change to it, by the login's rules: a locked login
    /// is refused, and a wrong password counts towards the lock-out like a failed login. When it is right, the
    /// answer carries the stored hash it was checked against, so the change can be made only if that is still stored.
    /// </summary>
    public async Task<PasswordCheck> ConfirmPasswordAsync(string name, string password, CancellationToken ct)
    {
        var user = await users.FindAsync(name, ct);
        if (user is null)
        {
            return new PasswordCheck(null, "This login no longer exists.");
        }

        var now = clock.GetUtcNow();
        if (LockedProblem(user, now) is { } locked)
        {
            return new PasswordCheck(null, locked);
        }

        if (hasher.VerifyHashedPassword(user.Name, user.PasswordHash, password) == PasswordVerificationResult.Failed)
        {
            await RecordFailureAsync(user, now, ct);
            return new PasswordCheck(null, "The current password is wrong.");
        }

        return new PasswordCheck(user.PasswordHash, null);
    }

    private static string? LockedProblem(UserAccount user, DateTimeOffset now) =>
        user.LockedUntil is { } until && until > now ? $"Too many failed attempts: this login is locked until {until:HH:mm} UTC." : null;

    private Task RecordFailureAsync(UserAccount user, DateTimeOffset now, CancellationToken ct) =>
        users.RecordFailureAsync(user.Name, options.Value.LockoutFailures, now + options.Value.LockoutDuration, ct);
}
