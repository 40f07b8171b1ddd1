using System.Globalization;

namespace Ingest.Pdf.Ocr;

/// <summary>Why OCR could not be done: a tool or its language data is missing (the document waits), or it failed.</summary>
internal sealed record OcrProblem(bool Missing, string Message);

/// <summary>The pages read, by page number, or the problem that stopped the reading.</summary>
internal sealed record OcrResult(IReadOnlyDictionary<int, OcrPage> Pages, OcrProblem? Problem);

/// <summary>
/// Reads image-only PDF pages with the Debian tools: each page is rasterised on its own by pdftoppm
/// (grey, at <see cref="OcrOptions.Dpi"/>) into a temporary folder, read by tesseract into TSV, and
/// the image deleted. Every process runs without a shell, under the per-page time limit and the
/// stage's cancellation token, and is killed when either ends it.
/// </summary>
internal sealed class TesseractOcr(OcrOptions options)
{
    /// <summary>Tesseract's OpenMP threads compete with the documents run in parallel: one each is faster overall.</summary>
    private static readonly Dictionary<string, string> SingleThread = new(StringComparer.Ordinal) { ["OMP_THREAD_LIMIT"] = "1" };

    /// <param name="pdf">The PDF bytes.</param>
    /// <param name="pages">The pages to read: number and size in points (as PdfPig gives them).</param>
    /// <param name="bodySize">The body size of the document's text-layer pages, if it has any.</param>
    public OcrResult Read(byte[] pdf, IReadOnlyList<(int Number, float Width, float Height)> pages, double? bodySize, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("ingest-ocr-");
        try
        {
            var input = Path.Combine(folder.FullName, "input.pdf");
            File.WriteAllBytes(input, pdf);
            var images = new List<OcrPageImage>(pages.Count);
            foreach (var (number, width, height) in pages)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var (image, problem) = ReadPage(input, folder.FullName, number, cancellationToken);
                if (problem is not null)
                {
                    return new OcrResult(new Dictionary<int, OcrPage>(), problem);
                }

                images.Add(new OcrPageImage(number, width, height, image!));
            }

            return new OcrResult(OcrLayoutBuilder.Build(images, bodySize).ToDictionary(p => p.Layout.Number), null);
        }
        finally
        {
            try
            {
                folder.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A killed process may still hold a file for a moment; the temp folder is cleaned by the OS.
            }
        }
    }

    /// <summary>Is tesseract there, with the data of every language asked for? (pdftoppm is found missing on the first page.)</summary>
    public OcrProblem? CheckTesseract(CancellationToken cancellationToken)
    {
        var languages = options.Language.Split('+');
        var run = ExternalTool.Run(options.TesseractPath, ["--list-langs"], options.PageTimeout, cancellationToken, SingleThread);
        if (run.End == ToolEnd.NotFound)
        {
            return Missing("tesseract", $"tesseract-ocr {string.Join(' ', languages.Select(Package))}", options.TesseractPath);
        }

        if (!run.Succeeded)
        {
            return new OcrProblem(false, $"OCR failed: '{options.TesseractPath} --list-langs' did not work: {run.FirstError}");
        }

        // The list goes to stdout in tesseract 4 and 5 (stderr in some older builds).
        var known = (run.StdOut + "\n" + run.StdErr).Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var absent = languages.Where(l => !known.Contains(l)).ToList();
        return absent.Count == 0
            ? null
            : new OcrProblem(true, $"tesseract has no language data for {string.Join(", ", absent.Select(a => $"'{a}'"))} (apt-get install {string.Join(' ', absent.Select(Package))}); the document is kept as needs_ocr");
    }

    private (OcrImage? Image, OcrProblem? Problem) ReadPage(string input, string folder, int number, CancellationToken cancellationToken)
    {
        var page = number.ToString(CultureInfo.InvariantCulture);
        var prefix = Path.Combine(folder, "page-" + page);

        // Grey PGM, not PNG: tesseract binarises anyway, and compressing a 300 dpi PNG costs more CPU than rasterising it.
        var raster = ExternalTool.Run(
            options.PdftoppmPath,
            ["-r", options.Dpi.ToString(CultureInfo.InvariantCulture), "-f", page, "-l", page, "-gray", "-singlefile", input, prefix],
            options.PageTimeout,
            cancellationToken);
        switch (raster.End)
        {
            case ToolEnd.NotFound:
                return (null, Missing("pdftoppm", "poppler-utils", options.PdftoppmPath));
            case ToolEnd.TimedOut:
                return (null, new OcrProblem(false, $"OCR failed: rasterising page {number} took longer than {options.PageTimeout.TotalSeconds:0} s (pdftoppm was stopped; raise PageTimeoutSeconds of the ocr stage to allow more)"));
        }

        var image = prefix + ".pgm";
        if (!raster.Succeeded || !File.Exists(image))
        {
            return (null, new OcrProblem(false, $"OCR failed: pdftoppm could not rasterise page {number}: {raster.FirstError}"));
        }

        try
        {
            var speck = (int)Math.Round(options.DespeckleMaxPixels * options.Dpi / 300.0);
            if (speck > 0)
            {
                Despeckler.Clean(image, speck);
            }

            var read = ExternalTool.Run(
                options.TesseractPath,
                [image, "stdout", "-l", options.Language, "--psm", options.PageSegmentationMode.ToString(CultureInfo.InvariantCulture), "--dpi", options.Dpi.ToString(CultureInfo.InvariantCulture), "tsv"],
                options.PageTimeout,
                cancellationToken,
                SingleThread);
            return read.End switch
            {
                ToolEnd.NotFound => (null, Missing("tesseract", $"tesseract-ocr {string.Join(' ', options.Language.Split('+').Select(Package))}", options.TesseractPath)),
                ToolEnd.TimedOut => (null, new OcrProblem(false, $"OCR failed: reading page {number} took longer than {options.PageTimeout.TotalSeconds:0} s (tesseract was stopped; raise PageTimeoutSeconds of the ocr stage to allow more)")),
                _ when !read.Succeeded => (null, new OcrProblem(false, $"OCR failed: tesseract could not read page {number}: {read.FirstError}")),
                _ => (TesseractTsv.Parse(read.StdOut), null),
            };
        }
        finally
        {
            File.Delete(image);
        }
    }

    private static string Package(string language) => "tesseract-ocr-" + language.ToLowerInvariant().Replace('_', '-');

    private static OcrProblem Missing(string tool, string packages, string configured)
    {
        var where = configured == tool ? string.Empty : $" [configured path: {configured}]";
        return new OcrProblem(true, $"{tool} is not installed (apt-get install {packages}); the document is kept as needs_ocr{where}");
    }
}
