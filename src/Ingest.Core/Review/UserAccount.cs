namespace Ingest.Core.Review;

/// <summary>The roles of the analyst UI, in rising order: each role may do everything the ones below it may.</summary>
public enum UserRole
{
    Analyst = 1,
    Lead = 2,
    Admin = 3,
}

public static class UserRoleNames
{
    public static string ToWire(this UserRole role) => role switch
    {
        UserRole.Analyst => "analyst",
        UserRole.Lead => "lead",
        UserRole.Admin => "admin",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    };

    public static bool TryParse(string? value, out UserRole role)
    {
        (var ok, role) = value switch
        {
            "analyst" => (true, UserRole.Analyst),
            "lead" => (true, UserRole.Lead),
            "admin" => (true, UserRole.Admin),
            _ => (false, UserRole.Analyst),
        };
        return ok;
    }
}

/// <summary>
/// A login as stored: the password only as a hash, with the failed-attempt count that drives lock-out.
/// A disabled login cannot log in and its open sessions end on their next request.
/// </summary>
public sealed record UserAccount(string Name, string PasswordHash, UserRole Role, int FailedLogins, DateTimeOffset? LockedUntil, DateTimeOffset CreatedAt, bool Disabled = false);

/// <summary>The logins of the analyst UI.</summary>
public interface IUserStore
{
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Adds a login; false when the name is taken (nothing is changed then).</summary>
    Task<bool> AddAsync(string name, string passwordHash, UserRole role, CancellationToken cancellationToken);

    Task<UserAccount?> FindAsync(string name, CancellationToken cancellationToken);

    Task<IReadOnlyList<UserAccount>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Counts a failed login; locks the account until <paramref name="lockUntil"/> when the count reaches <paramref name="maxFailures"/>.</summary>
    Task RecordFailureAsync(string name, int maxFailures, DateTimeOffset lockUntil, CancellationToken cancellationToken);

    /// <summary>A good login clears the failure count and any expired lock.</summary>
    Task RecordSuccessAsync(string name, CancellationToken cancellationToken);

    /// <summary>Replaces the stored hash (the hasher asked for a rehash after an algorithm upgrade).</summary>
    Task UpdateHashAsync(string name, string passwordHash, CancellationToken cancellationToken);
}
