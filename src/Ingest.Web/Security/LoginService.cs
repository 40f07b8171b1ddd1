using System.Security.Claims;
using Ingest.Core.Review;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Ingest.Web.Security;

/// <summary>What a login attempt came to.</summary>
internal sealed record LoginResult(ClaimsPrincipal? Principal, string? Problem);

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
        if (user.LockedUntil is { } until && until > now)
        {
            return new LoginResult(null, $"Too many failed attempts: this login is locked until {until:HH:mm} UTC.");
        }

        var verdict = hasher.VerifyHashedPassword(user.Name, user.PasswordHash, password);
        if (verdict == PasswordVerificationResult.Failed)
        {
            await users.RecordFailureAsync(user.Name, options.Value.LockoutFailures, now + options.Value.LockoutDuration, ct);
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
}
