namespace Ingest.Worker.Sources.Http;

/// <summary>
/// Spaces requests to one host by at least the politeness delay (councils' web servers are small), on
/// the given clock so that tests can move time on. Requests to different hosts do not wait for each other.
/// </summary>
public sealed class HostPoliteness(TimeSpan delay, TimeProvider clock)
{
    private readonly Dictionary<string, DateTimeOffset> _nextAllowed = new(StringComparer.OrdinalIgnoreCase);
    private readonly Lock _gate = new();

    /// <summary>Waits until this host may be asked again, and books the next turn.</summary>
    public async Task WaitTurnAsync(Uri url, CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            var now = clock.GetUtcNow();
            var turn = _nextAllowed.TryGetValue(url.Authority, out var next) && next > now ? next : now;
            _nextAllowed[url.Authority] = turn + delay;
            wait = turn - now;
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, clock, cancellationToken);
        }
    }
}
