using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Worker.Configuration;
using Microsoft.Extensions.Logging;

namespace Ingest.Worker.Sources.Http;

/// <summary>
/// Index pages of a publishing site: each page is read, the links matching the pattern are fetched
/// with the validators remembered from last time (so an unchanged review is a 304 and not downloaded
/// again), and what arrives is checked (size limit, content type, the %PDF- signature) before it
/// reaches the intake with the index page and the link text as its provenance.
/// </summary>
public sealed class HttpIndexSource(HttpSourceOptions options, HttpClient client, ISourceLedger ledger, TimeProvider clock, ILogger<HttpIndexSource> log) : IDocumentSource
{
    /// <summary>What servers send PDFs as; anything else (text/html above all) is refused. No type at all is left to the signature check.</summary>
    private static readonly HashSet<string> PdfMediaTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "application/pdf", "application/x-pdf", "application/acrobat", "application/octet-stream", "binary/octet-stream",
        "application/download", "application/force-download", "application/unknown",
    };

    private const int IndexPageMaxBytes = 10 * 1024 * 1024;

    public string Name => options.IndexPages.Count == 1 ? options.IndexPages[0].AbsoluteUri : $"{options.IndexPages[0].AbsoluteUri} and {options.IndexPages.Count - 1} more";

    public async Task ScanAsync(SourceScan scan, CancellationToken cancellationToken)
    {
        var http = new PoliteHttp(client, options, clock, log);
        foreach (var page in options.IndexPages)
        {
            var links = await ReadIndexAsync(http, page, scan, cancellationToken);
            log.LogInformation("Index page {IndexPage}: {Links} matching links", page, links.Count);
            foreach (var link in links)
            {
                await DownloadAsync(http, link, scan, cancellationToken);
            }
        }
    }

    private async Task<IReadOnlyList<IndexLink>> ReadIndexAsync(PoliteHttp http, Uri page, SourceScan scan, CancellationToken cancellationToken)
    {
        var (fetched, error) = await http.SendAsync(page, () => new HttpRequestMessage(HttpMethod.Get, page), cancellationToken);
        using (fetched)
        {
            if (fetched is null || !fetched.Response.IsSuccessStatusCode)
            {
                await scan.SourceFailedAsync(page.AbsoluteUri, $"index page not read: {error ?? Status(fetched!.Response)}", cancellationToken);
                return [];
            }

            var body = await ReadLimitedAsync(fetched, IndexPageMaxBytes);
            if (body is null)
            {
                await scan.SourceFailedAsync(page.AbsoluteUri, $"index page not read: {(fetched.TimedOut ? "timed out" : "over 10 MB")}", cancellationToken);
                return [];
            }

            var charset = fetched.Response.Content.Headers.ContentType?.CharSet;
            var html = (charset is null ? Encoding.UTF8 : EncodingOr(charset)).GetString(body);
            return IndexLinks.Find(html, fetched.Response.RequestMessage?.RequestUri ?? page, options.LinkPattern);
        }
    }

    private async Task DownloadAsync(PoliteHttp http, IndexLink link, SourceScan scan, CancellationToken cancellationToken)
    {
        var url = link.Url.AbsoluteUri;
        var known = await ledger.ValidatorsAsync(url, cancellationToken);
        var (fetched, error) = await http.SendAsync(link.Url, () => Conditional(link.Url, known), cancellationToken);
        using (fetched)
        {
            if (fetched is null)
            {
                await scan.FailedAsync(url, error!, cancellationToken);
                return;
            }

            var response = fetched.Response;
            if (response.StatusCode == HttpStatusCode.NotModified && known?.DocumentId is not null)
            {
                log.LogDebug("{Url}: not modified since it was fetched", url);
                scan.Unchanged();
                return;
            }

            var refusal = Refusal(response);
            var body = refusal is null ? await ReadLimitedAsync(fetched, options.MaxBytes) : null;
            refusal ??= body is null ? (fetched.TimedOut ? $"timed out after {options.Timeout.TotalSeconds:0.#} s while downloading" : $"over the size limit of {Megabytes(options.MaxBytes)} (download stopped)")
                : !HasPdfSignature(body) ? $"not a PDF: the content does not start with %PDF- (served as {response.Content.Headers.ContentType?.MediaType ?? "no type"}; an HTML page?)"
                : null;
            if (refusal is not null)
            {
                log.LogWarning("{Url} refused: {Reason}", url, refusal);
                await scan.FailedAsync(url, refusal, cancellationToken);
                return;
            }

            var provenance = new Provenance("http", url, FileName(link.Url, response), clock.GetUtcNow(), $"index page {link.IndexPage.AbsoluteUri}; link text \"{link.Text}\"");
            using var content = new MemoryStream(body!, writable: false);
            var receipt = await scan.SubmitAsync(content, provenance, cancellationToken);
            var validators = new HttpValidators(url, response.Headers.ETag?.ToString(), response.Content.Headers.LastModified, receipt.DocumentId);
            await ledger.SaveValidatorsAsync(validators, clock.GetUtcNow(), cancellationToken);
        }
    }

    private static HttpRequestMessage Conditional(Uri url, HttpValidators? known)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (known?.DocumentId is null)
        {
            return request;
        }

        if (known.ETag is not null && EntityTagHeaderValue.TryParse(known.ETag, out var etag))
        {
            request.Headers.IfNoneMatch.Add(etag);
        }

        if (known.LastModified is { } modified)
        {
            request.Headers.IfModifiedSince = modified;
        }

        return request;
    }

    /// <summary>Why the response is refused before its body is read: an error status, a type that is not a PDF, a declared length over the limit.</summary>
    private string? Refusal(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            return Status(response);
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is not null && !PdfMediaTypes.Contains(mediaType))
        {
            return $"not a PDF: served as {mediaType}";
        }

        return response.Content.Headers.ContentLength is { } length && length > options.MaxBytes
            ? $"{Megabytes(length)} is over the size limit of {Megabytes(options.MaxBytes)} (not downloaded)"
            : null;
    }

    /// <summary>The body, or null once it passes <paramref name="maxBytes"/> (the download is abandoned there) or the time limit ends.</summary>
    private static async Task<byte[]?> ReadLimitedAsync(FetchedResponse fetched, long maxBytes)
    {
        try
        {
            await using var stream = await fetched.Response.Content.ReadAsStreamAsync(fetched.Token);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, fetched.Token)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            return buffer.ToArray();
        }
        catch (OperationCanceledException) when (fetched.TimedOut)
        {
            return null;
        }
    }

    /// <summary>%PDF- within the first 1024 bytes, where PDF readers look for it.</summary>
    private static bool HasPdfSignature(byte[] body) =>
        body.AsSpan(0, Math.Min(body.Length, 1024)).IndexOf("%PDF-"u8) >= 0;

    private static string FileName(Uri url, HttpResponseMessage response)
    {
        var declared = response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName;
        var name = declared?.Trim('"') ?? Uri.UnescapeDataString(url.Segments.LastOrDefault() ?? string.Empty);
        name = Path.GetFileName(name);
        return string.IsNullOrWhiteSpace(name) ? url.Host + ".pdf" : name;
    }

    private static string Status(HttpResponseMessage response) => $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}";

    private static string Megabytes(long bytes) => $"{bytes / (1024.0 * 1024):0.##} MB";

    private static Encoding EncodingOr(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"'));
        }
        catch (ArgumentException)
        {
            return Encoding.UTF8;
        }
    }
}
