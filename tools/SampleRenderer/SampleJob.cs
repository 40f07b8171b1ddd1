using SampleRenderer.Chromium;
using SampleRenderer.Golden;
using SampleRenderer.Infrastructure;
using SampleRenderer.LibreOffice;
using SampleRenderer.Model;
using SampleRenderer.Parsing;
using SampleRenderer.PdfSharpBackend;

namespace SampleRenderer;

/// <summary>Renders one sample folder: parse, golden text, PDF, furniture (which needs the page count).</summary>
public static class SampleJob
{
    public static bool Run(string folderArg)
    {
        var folder = Path.GetFullPath(folderArg.TrimEnd('/'));
        var name = Path.GetFileName(folder);
        try
        {
            var source = File.ReadAllText(Path.Combine(folder, "review.md"));
            var review = ReviewParser.Parse(source);
            if (review.Front.Id != name)
            {
                throw new SourceFormatException($"front matter id '{review.Front.Id}' does not match folder '{name}'");
            }

            foreach (var warning in ReviewParser.Warnings(review, source).Concat(FrontMatterParser.Warnings(source)))
            {
                Console.Error.WriteLine($"{name}: warning: {warning}");
            }

            // A failed render must not leave the previous PDF beside new golden files, nor an
            // intermediate file of a producer the sample no longer uses.
            var pdfPath = Path.Combine(folder, name + ".pdf");
            foreach (var stale in new[] { pdfPath, Path.Combine(folder, "source.fodt"), Path.Combine(folder, "source.html") })
            {
                File.Delete(stale);
            }

            GoldenWriter.WriteText(review, folder);
            BackendFor(review.Front.Producer).Render(review, folder, pdfPath);
            var pages = PdfPages.Count(pdfPath);
            GoldenWriter.WriteFurniture(review, folder, pages);
            Console.WriteLine($"{name}: {review.Front.Producer} -> {pdfPath} ({pages} pages)");
            return true;
        }
        catch (Exception ex)
        {
            // One broken sample must not stop the others; the exit code still reports it.
            Console.Error.WriteLine($"{name}: FAILED: {ex.Message}");
            if (ex is not (SourceFormatException or IOException))
            {
                Console.Error.WriteLine(ex.StackTrace);
            }

            return false;
        }
    }

    private static IBackend BackendFor(Producer producer) => producer switch
    {
        Producer.LibreOffice => new LibreOfficeBackend(),
        Producer.Chromium => new ChromiumBackend(),
        _ => new PdfSharpRenderer(),
    };
}
