using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace Ingest.Tests.Worker.Sources.Http;

/// <summary>One request the test site answered.</summary>
internal sealed record SiteRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, int Status);

/// <summary>
/// A publishing site on a loopback port (Kestrel, port 0): an index page linking to real sample PDFs,
/// one with an ETag and one with Last-Modified (both honoured), and to the ways real sites go wrong:
/// a 404, a page that never answers in time, a file over the size limit, HTML served as a PDF, a 503
/// that clears on the second try.
/// </summary>
internal sealed class PdfSite : IAsyncDisposable
{
    public static readonly DateTimeOffset S06Modified = new(2026, 4, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly WebApplication _app;
    private int _flakyCalls;

    private PdfSite(WebApplication app) => _app = app;

    public ConcurrentQueue<SiteRequest> Requests { get; } = new();

    public Uri IndexPage => new(BaseUrl + "reviews/index.html");

    public string BaseUrl { get; private set; } = string.Empty;

    public static async Task<PdfSite> StartAsync(byte[] s03, byte[] s06, int hugeBytes)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var site = new PdfSite(app);
        app.Use((context, next) =>
        {
            // Logged as the response starts, so the client cannot have it before the test can count it.
            context.Response.OnStarting(() =>
            {
                site.Requests.Enqueue(new SiteRequest(context.Request.Path, context.Request.Headers.IfNoneMatch.FirstOrDefault(), context.Request.Headers.IfModifiedSince.FirstOrDefault(), context.Response.StatusCode));
                return Task.CompletedTask;
            });
            return next(context);
        });
        app.MapGet("/reviews/index.html", () => Results.Content(IndexHtml, "text/html; charset=utf-8"));
        app.MapGet("/files/s03.pdf", (HttpContext c) => Conditional(c, s03, etag: "\"s03-v1\"", modified: null));
        app.MapGet("/reviews/docs/s06.pdf", (HttpContext c) => Conditional(c, s06, etag: null, modified: S06Modified));
        app.MapGet("/files/missing.pdf", () => Results.NotFound());
        app.MapGet("/files/slow.pdf", async (CancellationToken ct) =>
        {
            await Task.Delay(TimeSpan.FromSeconds(10), ct);
            return Results.Bytes(s03, "application/pdf");
        });
        app.MapGet("/files/huge.pdf", async (HttpContext c) =>
        {
            // No Content-Length: the limit must stop the download as it streams.
            c.Response.ContentType = "application/pdf";
            await c.Response.Body.WriteAsync("%PDF-1.7\n"u8.ToArray());
            var block = new byte[64 * 1024];
            for (var sent = 0; sent < hugeBytes; sent += block.Length)
            {
                await c.Response.Body.WriteAsync(block);
            }
        });
        app.MapGet("/files/fake.pdf", () => Results.Content("<html><body>Page not found</body></html>", "text/html"));
        app.MapGet("/files/disguised.pdf", () => Results.Bytes("<!DOCTYPE html><html><body>Please log in</body></html>"u8.ToArray(), "application/pdf"));
        app.MapGet("/files/flaky.pdf", () => Interlocked.Increment(ref site._flakyCalls) == 1
            ? Results.StatusCode(503)
            : Results.Bytes([.. s03, .. "%flaky copy\n"u8.ToArray()], "application/pdf"));
        app.MapGet("/news/latest.html", () => Results.Content("<html>news</html>", "text/html"));
        await app.StartAsync();
        site.BaseUrl = app.Urls.Single().TrimEnd('/') + "/";
        return site;
    }

    public int Count(string path, int status) => Requests.Count(r => r.Path == path && r.Status == status);

    public ValueTask DisposeAsync() => _app.DisposeAsync();

    private static IResult Conditional(HttpContext c, byte[] body, string? etag, DateTimeOffset? modified)
    {
        var headers = c.Response.GetTypedHeaders();
        if (etag is not null)
        {
            headers.ETag = new EntityTagHeaderValue(etag);
            if (c.Request.Headers.IfNoneMatch.Contains(etag))
            {
                return Results.StatusCode(304);
            }
        }

        if (modified is { } m)
        {
            headers.LastModified = m;
            if (c.Request.GetTypedHeaders().IfModifiedSince is { } since && since >= m)
            {
                return Results.StatusCode(304);
            }
        }

        return Results.Bytes(body, "application/pdf");
    }

    private const string IndexHtml = """
        <html><head><title>Published reviews</title></head><body>
        <h1>Safeguarding reviews</h1>
        <ul>
          <li><a href="/files/s03.pdf">Child Safeguarding Practice Review:
              <strong>Child S</strong> &amp; family</a></li>
          <li><a class="doc" href='docs/s06.pdf'>SAR Adult F (PDF, 1 MB)</a></li>
          <li><a href="/files/missing.pdf">Withdrawn review</a></li>
          <li><a href="/files/slow.pdf">Slow review</a></li>
          <li><a href="/files/huge.pdf">Very large review</a></li>
          <li><a href="/files/fake.pdf">Review behind a login</a></li>
          <li><a href="/files/disguised.pdf">Review moved</a></li>
          <li><a href="/files/flaky.pdf">Review on a busy server</a></li>
          <li><a href="/files/s03.pdf#page=2">Same review, page 2</a></li>
          <li><a href="/news/latest.html">News</a></li>
        </ul></body></html>
        """;
}
