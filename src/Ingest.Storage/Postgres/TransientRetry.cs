using System.Net.Sockets;
using Npgsql;

namespace Ingest.Storage.Postgres;

/// <summary>
/// Npgsql does not retry anything by itself: a connection lost mid-run (a server restart, a fail-over,
/// a dropped network) fails the call in hand. Every store call goes through here and is tried again a
/// few times with a growing pause; each call is one transaction, so a retry repeats it whole. When the
/// tries run out the error says so plainly instead of surfacing as a raw socket error.
/// </summary>
internal sealed class TransientRetry(int attempts, TimeSpan firstPause, TimeProvider clock)
{
    /// <summary>Told about each failed try that will be retried (the CLI writes it to standard error).</summary>
    public Action<string>? OnRetry { get; init; }

    public static bool IsTransient(Exception e) => e switch
    {
        // 57P01-57P03: the server is shutting down or terminated the session; class 08: connection errors.
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("57P", StringComparison.Ordinal) || p.SqlState.StartsWith("08", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or SocketException or TimeoutException,
        _ => false,
    };

    /// <param name="work">The call; its argument says whether this is a retry (a claim uses it to recognise its own committed first try).</param>
    public async Task<T> RunAsync<T>(string what, Func<bool, Task<T>> work, CancellationToken cancellationToken)
    {
        var pause = firstPause;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await work(attempt > 1);
            }
            catch (Exception e) when (IsTransient(e) && !cancellationToken.IsCancellationRequested)
            {
                if (attempt >= attempts)
                {
                    throw new StoreUnavailableException($"the PostgreSQL store could not {what} after {attempts} tries: {e.Message.Split('\n')[0].Trim()}", e);
                }

                OnRetry?.Invoke($"PostgreSQL: could not {what} ({e.Message.Split('\n')[0].Trim()}); trying again in {pause.TotalSeconds:0.#} s (try {attempt + 1} of {attempts})");
                NpgsqlConnection.ClearAllPools();
                await Task.Delay(pause, clock, cancellationToken);
                pause *= 2;
            }
        }
    }
}
