using System.Diagnostics;
using Ingest.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ingest.Web.Review;

/// <summary>
/// PNG images of PDF pages, rendered with poppler's <c>pdftoppm</c> from the archived original and
/// cached by document id and page, so the review page can show the evidence on the page it came from.
/// </summary>
internal sealed class PageImages(IOptions<WebUiOptions> options, ILogger<PageImages> logger)
{
    public async Task<string?> RenderAsync(StoredDocument doc, int page, CancellationToken ct)
    {
        var pages = doc.Extracted?.Facts.PageCount ?? 0;
        if (page < 1 || page > pages || !File.Exists(doc.ArchivePath))
        {
            return null;
        }

        var folder = options.Value.ResolvePageImageCache();
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, $"{doc.Id}-{page}.png");
        if (File.Exists(target))
        {
            return target;
        }

        var prefix = Path.Combine(folder, $"{doc.Id}-{page}-{Guid.NewGuid():N}");
        var start = new ProcessStartInfo("pdftoppm") { RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "-f", $"{page}", "-l", $"{page}", "-r", $"{options.Value.PageImageDpi}", "-png", "-singlefile", doc.ArchivePath, prefix })
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0 || !File.Exists(prefix + ".png"))
            {
                logger.LogWarning("pdftoppm failed on {Document} page {Page}: {Error}", doc.Id, page, stderr);
                return null;
            }

            File.Move(prefix + ".png", target, overwrite: true);
            return target;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            logger.LogWarning("pdftoppm is not installed (apt-get install poppler-utils): {Error}", e.Message);
            return null;
        }
    }
}
