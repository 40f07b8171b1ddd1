using System.Net;
using Ingest.Worker.Configuration;
using Microsoft.Extensions.Logging;

namespace Ingest.Worker.Sources.Http;

/// <summary>A response whose headers have arrived; its body must be read with <see cref="Token"/> (the request's time limit).</summary>
public sealed class FetchedResponse(HttpResponseMessage response, CancellationTokenSource timeout, CancellationTokenSource linked) : IDisposable
{
    public HttpResponseMessage Response => response;

    public CancellationToken Token => linked.Token;

    public bool TimedOut => timeout.IsCancellationRequested;

    public void Dispose()
    {
        response.Dispose();
        linked.Dispose();
        timeout.Dispose();
    }
}

/// <summary>
/// Sends a source's requests: one host at a time with the politeness delay, each request under its
/// time limit, and server errors (5xx, 408, 429), time-outs and failed connections retried with
/// exponential back-off. All waiting is on the given clock.
/// </summary>
public sealed class PoliteHttp(HttpClient client, HttpSourceOptions options, TimeProvider clock, ILogger log)
{
    private readonly HostPoliteness _politeness = new(options.PolitenessDelay, clock);

    /// <param name="makeRequest">Builds the request afresh for each attempt.</param>
    /// <returns>The response (any status but a retried one), or why there is none.</returns>
    public async Task<(FetchedResponse? Fetched, string? Error)> SendAsync(Uri url, Func<HttpRequestMessage> makeRequest, CancellationToken cancellationToken)
    {
        string? error = null;
        for (var attempt = 0; attempt <= options.MaxRetries; attempt++)
        {
            if (attempt > 0)
            {
                var backOff = options.RetryBaseDelay * Math.Pow(2, attempt - 1);
                log.LogInformation("Retrying {Url} in {Seconds:0.0} s after: {Error}", url, backOff.TotalSeconds, error);
                await Task.Delay(backOff, clock, cancellationToken);
            }

            await _politeness.WaitTurnAsync(url, cancellationToken);
            var timeout = new CancellationTokenSource(options.Timeout, clock);
            var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            using var request = makeRequest();
            request.Headers.UserAgent.ParseAdd(options.UserAgent);
            HttpResponseMessage? response = null;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
                if (!IsWorthRetrying(response.StatusCode))
                {
                    return (new FetchedResponse(response, timeout, linked), null);
                }

                error = $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
            {
                error = $"timed out after {options.Timeout.TotalSeconds:0.#} s";
            }
            catch (HttpRequestException e)
            {
                error = $"request failed: {e.Message}";
            }

            response?.Dispose();
            linked.Dispose();
            timeout.Dispose();
        }

        return (null, options.MaxRetries == 0 ? error : $"{error} (tried {options.MaxRetries + 1} times)");
    }

    private static bool IsWorthRetrying(HttpStatusCode status) =>
        (int)status >= 500 || status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests;
}
