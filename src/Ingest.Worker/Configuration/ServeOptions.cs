using System.Net;
using Ingest.Core.Configuration;

namespace Ingest.Worker.Configuration;

/// <summary>
/// Where `ingest serve` listens (pipeline.json "Serve"). Loopback only unless AllowRemote says
/// otherwise: the host has no log-in of its own yet, so it must not be reachable from the network by accident.
/// </summary>
public sealed record ServeOptions(IReadOnlyList<string> Urls, bool AllowRemote)
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static ServeOptions Read(JsonSection s)
    {
        var urls = s.String("Urls", DefaultUrls)!;
        var allowRemote = s.Bool("AllowRemote", false);
        s.RejectUnknown();
        return new ServeOptions(Split(urls), allowRemote).Checked($"{s.Path}.Urls");
    }

    /// <summary>The same options with the URLs of `--urls`, checked against the same rules.</summary>
    public ServeOptions WithUrls(string urls) => (this with { Urls = Split(urls) }).Checked("--urls");

    private static string[] Split(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private ServeOptions Checked(string where)
    {
        if (Urls.Count == 0)
        {
            throw new ConfigurationException(where, "no URL to listen on");
        }

        foreach (var url in Urls)
        {
            if (!Uri.TryCreate(url.Replace("://*", "://wildcard", StringComparison.Ordinal).Replace("://+", "://wildcard", StringComparison.Ordinal), UriKind.Absolute, out var uri)
                || uri.Scheme is not ("http" or "https"))
            {
                throw new ConfigurationException(where, $"'{url}' is not an http:// or https:// URL");
            }

            if (!AllowRemote && !IsLoopback(uri.Host))
            {
                throw new ConfigurationException(where, $"'{url}' is not a loopback address; set \"Serve\": {{ \"AllowRemote\": true }} in pipeline.json to listen beyond this machine");
            }
        }

        return this;
    }

    public static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
