using System.Text;
using SampleRenderer.Infrastructure;
using SampleRenderer.Model;

namespace SampleRenderer.Chromium;

/// <summary>
/// Writes <c>source.html</c> and prints it with headless Chromium. A fresh profile per run keeps
/// concurrent runs apart; <c>--no-pdf-header-footer</c> stops Chromium adding its own date/URL
/// furniture, so only the page margin boxes of the stylesheet print. Chromium here has no
/// hyphenation dictionary of its own, so hyphenation comes from soft hyphens in the HTML.
/// </summary>
public sealed class ChromiumBackend : IBackend
{
    public void Render(Review review, string folder, string pdfPath)
    {
        var source = Path.Combine(folder, "source.html");
        var hyphenator = review.Front.Hyphenate ? LiangHyphenator.Load() : null;
        if (review.Front.Hyphenate && hyphenator is null)
        {
            Console.Error.WriteLine($"{review.Front.Id}: warning: no {LiangHyphenator.DefaultPath} (package hyphen-en-gb): Chromium will not hyphenate");
        }

        File.WriteAllText(source, new HtmlWriter(review, hyphenator).Write(), new UTF8Encoding(false));
        var profile = ExternalTool.TempFolder("chromium-profile");
        var outPdf = Path.Combine(profile, "out.pdf");
        try
        {
            ExternalTool.Run("chromium",
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--no-pdf-header-footer",
                "--print-to-pdf=" + outPdf, new Uri(source).AbsoluteUri,
            ], folder);
            if (!File.Exists(outPdf))
            {
                throw new InvalidOperationException("chromium reported success but wrote no PDF");
            }

            File.Copy(outPdf, pdfPath, overwrite: true);
        }
        finally
        {
            ExternalTool.DeleteQuietly(profile);
        }
    }
}
