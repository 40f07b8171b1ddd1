using System.Text;
using System.Xml;
using SampleRenderer.Infrastructure;
using SampleRenderer.Model;

namespace SampleRenderer.LibreOffice;

/// <summary>
/// Writes <c>source.fodt</c> and has headless LibreOffice convert it. Each run gets its own user
/// profile, because two soffice processes sharing one profile block or fail.
/// </summary>
public sealed class LibreOfficeBackend : IBackend
{
    public void Render(Review review, string folder, string pdfPath)
    {
        var source = Path.Combine(folder, "source.fodt");
        // No indenting: it would put whitespace inside paragraphs, which Writer prints.
        var settings = new XmlWriterSettings { Indent = false, Encoding = new UTF8Encoding(false) };
        using (var writer = XmlWriter.Create(source, settings))
        {
            FodtDocument.Build(review).Save(writer);
        }

        var outDir = ExternalTool.TempFolder("lo-out");
        var profile = ExternalTool.TempFolder("lo-profile");
        try
        {
            ExternalTool.Run("soffice",
            [
                "-env:UserInstallation=" + new Uri(profile).AbsoluteUri,
                "--headless", "--norestore", "--convert-to", "pdf", "--outdir", outDir, source,
            ], folder);
            var produced = Path.Combine(outDir, "source.pdf");
            if (!File.Exists(produced))
            {
                throw new InvalidOperationException("soffice reported success but wrote no PDF");
            }

            File.Copy(produced, pdfPath, overwrite: true);
        }
        finally
        {
            ExternalTool.DeleteQuietly(outDir);
            ExternalTool.DeleteQuietly(profile);
        }
    }
}
