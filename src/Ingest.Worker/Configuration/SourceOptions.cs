using System.Text.RegularExpressions;
using Ingest.Core.Configuration;

namespace Ingest.Worker.Configuration;

/// <summary>One entry of pipeline.json "Sources". <paramref name="JsonPath"/> says which, in logs and errors.</summary>
public abstract record SourceOptions(string JsonPath);

/// <summary>A drop folder: every PDF in it (and below) is taken at each scan; nothing in it is moved or deleted.</summary>
public sealed record FolderSourceOptions(string Folder, string JsonPath) : SourceOptions(JsonPath);

/// <summary>
/// Index pages of a publishing site: each page is fetched, links whose absolute URL matches
/// <paramref name="LinkPattern"/> are downloaded when new or changed.
/// </summary>
public sealed record HttpSourceOptions(
    IReadOnlyList<Uri> IndexPages,
    Regex LinkPattern,
    long MaxBytes,
    TimeSpan PolitenessDelay,
    TimeSpan Timeout,
    int MaxRetries,
    TimeSpan RetryBaseDelay,
    string UserAgent,
    string JsonPath) : SourceOptions(JsonPath)
{
    public const string DefaultUserAgent = "Ingest/1.0 (safeguarding review research; polite crawler)";

    public static HttpSourceOptions Read(JsonSection s)
    {
        var pages = s.Strings("IndexPages").Select((p, i) => Uri.TryCreate(p, UriKind.Absolute, out var u) && u.Scheme is "http" or "https"
            ? u
            : throw new ConfigurationException($"{s.Path}.IndexPages[{i}]", $"'{p}' is not an absolute http(s) URL")).ToList();
        if (pages.Count == 0)
        {
            throw new ConfigurationException($"{s.Path}.IndexPages", "at least one index page URL is required");
        }

        var pattern = s.String("LinkPattern", @"\.pdf($|\?)")!;
        Regex regex;
        try
        {
            regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException e)
        {
            throw new ConfigurationException($"{s.Path}.LinkPattern", $"not a valid regular expression: {e.Message}");
        }

        var options = new HttpSourceOptions(
            pages,
            regex,
            (long)(s.Double("MaxMegabytes", 100, 0.001, 4096) * 1024 * 1024),
            TimeSpan.FromSeconds(s.Double("PolitenessDelaySeconds", 2, 0, 600)),
            TimeSpan.FromSeconds(s.Double("TimeoutSeconds", 60, 0.1, 3600)),
            s.Int("MaxRetries", 3, 0, 10),
            TimeSpan.FromSeconds(s.Double("RetryBaseDelaySeconds", 2, 0, 600)),
            s.String("UserAgent", DefaultUserAgent)!,
            s.Path);
        return options;
    }
}
