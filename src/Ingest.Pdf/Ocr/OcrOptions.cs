using System.Text.Json;
using System.Text.RegularExpressions;
using Ingest.Core.Configuration;

namespace Ingest.Pdf.Ocr;

/// <summary>Options of the "ocr" stage, with their defaults and the ranges pipeline.json may use.</summary>
public sealed partial record OcrOptions
{
    /// <summary>Resolution the image-only pages are rasterised at before tesseract reads them.</summary>
    public int Dpi { get; init; } = 300;

    /// <summary>Tesseract language(s), e.g. "eng" or "eng+cym"; each needs its tesseract-ocr-&lt;lang&gt; package.</summary>
    public string Language { get; init; } = "eng";

    /// <summary>Time allowed to each external process of one page (rasterising, then reading); it is killed after it.</summary>
    public TimeSpan PageTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A document with more image-only pages than this is not read (it stays needs_ocr).</summary>
    public int MaxPages { get; init; } = 500;

    /// <summary>Tesseract's page segmentation mode: 1 = automatic with orientation detection, 3 = automatic.</summary>
    public int PageSegmentationMode { get; init; } = 1;

    /// <summary>
    /// Largest speck, in pixels at 300 dpi (scaled with <see cref="Dpi"/>), whitened before reading: an isolated
    /// speck beside a word is read as a stray "." or "-". 0 turns it off; full stops of 6 pt text are larger than 2.
    /// </summary>
    public int DespeckleMaxPixels { get; init; } = 2;

    /// <summary>The tesseract executable: a name looked up on PATH, or a path.</summary>
    public string TesseractPath { get; init; } = "tesseract";

    /// <summary>The pdftoppm executable (poppler-utils): a name looked up on PATH, or a path.</summary>
    public string PdftoppmPath { get; init; } = "pdftoppm";

    public static OcrOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var language = s.String(nameof(Language), "eng") ?? "eng";
        if (!LanguageShape().IsMatch(language))
        {
            throw new ConfigurationException($"{path}.{nameof(Language)}", $"'{language}' is not a tesseract language list such as \"eng\" or \"eng+cym\"");
        }

        var psm = s.Int(nameof(PageSegmentationMode), 1, 1, 13);
        if (psm == 2)
        {
            throw new ConfigurationException($"{path}.{nameof(PageSegmentationMode)}", "mode 2 finds the layout but reads no text");
        }

        var options = new OcrOptions
        {
            Dpi = s.Int(nameof(Dpi), 300, 100, 600),
            Language = language,
            PageTimeout = TimeSpan.FromSeconds(s.Int("PageTimeoutSeconds", 60, 5, 3600)),
            MaxPages = s.Int(nameof(MaxPages), 500, 1, 10_000),
            PageSegmentationMode = psm,
            DespeckleMaxPixels = s.Int(nameof(DespeckleMaxPixels), 2, 0, 4),
            TesseractPath = NonEmpty(s, nameof(TesseractPath), "tesseract"),
            PdftoppmPath = NonEmpty(s, nameof(PdftoppmPath), "pdftoppm"),
        };
        s.RejectUnknown();
        return options;
    }

    private static string NonEmpty(JsonSection s, string key, string fallback)
    {
        var value = s.String(key, fallback) ?? fallback;
        return value.Trim().Length > 0 ? value : throw new ConfigurationException($"{s.Path}.{key}", "must not be empty");
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9_]*(?:\+[A-Za-z][A-Za-z0-9_]*)*$")]
    private static partial Regex LanguageShape();
}
