using System.Net;

namespace Ingest.Worker.Sources.Http;

/// <summary>
/// The one HttpClient the HTTP sources share for the life of the host (connections pooled and renewed
/// every few minutes so DNS changes are seen). Time limits are per request, in <see cref="PoliteHttp"/>.
/// </summary>
public sealed class SourceHttpClient : IDisposable
{
    public HttpClient Client { get; } = new(new SocketsHttpHandler
    {
        AutomaticDecompression = DecompressionMethods.All,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(30),
    })
    {
        Timeout = Timeout.InfiniteTimeSpan,
    };

    public void Dispose() => Client.Dispose();
}
