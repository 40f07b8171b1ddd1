using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Ocr;

/// <summary>
/// The "ocr" stage, after "extract" (whose StopWhenScanned must then be false, so that scanned
/// documents reach it): the image-only pages are read with tesseract and the document's text is
/// cleaned again with the OCR pages in place of the empty ones, by the same code as PDF text
/// (headers and footers, paragraphs, hyphenation). The text maps back to the pages, the facts say Ocr,
/// and each OCR page keeps its mean word confidence. A document without image-only pages passes
/// untouched. When tesseract, pdftoppm or the language data is missing, a document that needs OCR
/// (by the extract stage's NeedsOcrPageFraction) stops as needs_ocr with the reason; one that has only
/// a few image-only pages goes on with its text layer.
/// </summary>
public sealed class OcrStage : IPipelineStage
{
    public const string StageName = "ocr";

    private readonly OcrOptions _options;
    private readonly ExtractOptions _extract;
    private readonly TesseractOcr _ocr;

    /// <param name="options">The stage's options.</param>
    /// <param name="extract">Layout and cleaning options (the extract stage's defaults unless given).</param>
    public OcrStage(OcrOptions options, ExtractOptions? extract = null)
    {
        _options = options;
        _extract = extract ?? new ExtractOptions();
        _ocr = new TesseractOcr(options);
    }

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        var extracted = document.Extracted;
        if (extracted is null || extracted.Facts.Ocr || extracted.Facts.ImageOnlyPages == 0)
        {
            return StageResult.Ok(document);
        }

        var scanned = extracted.Pages.Where(p => p.ImageOnly).Select(p => p.Number).ToHashSet();
        if (scanned.Count == 0)
        {
            return StageResult.Ok(document);
        }

        var needsOcr = ExtractStage.NeedsOcr(extracted.Facts, _extract.NeedsOcrPageFraction);
        if (scanned.Count > _options.MaxPages)
        {
            return needsOcr
                ? new StageResult.Stop(document, DocumentStatus.NeedsOcr, $"{scanned.Count} image-only pages, more than the {_options.MaxPages} the ocr stage reads (MaxPages); the document is kept as needs_ocr")
                : StageResult.Ok(document);
        }

        OcrResult result;
        IReadOnlyList<LayoutPage> layout = [];
        if (_ocr.CheckTesseract(cancellationToken) is { } absent)
        {
            result = new OcrResult(new Dictionary<int, OcrPage>(), absent);
        }
        else
        {
            // The text-layer pages are read again (Core's document holds no layout) to be cleaned together with the OCR pages.
            var bytes = document.Bytes.ToArray();
            layout = new PdfExtractor(_extract).ReadLayout(bytes, cancellationToken).Pages;
            var toRead = layout.Where(p => scanned.Contains(p.Number)).Select(p => (p.Number, p.Width, p.Height)).ToList();
            result = _ocr.Read(bytes, toRead, TextLayerBodySize(layout, scanned), cancellationToken);
        }

        if (result.Problem is { } problem)
        {
            if (!needsOcr)
            {
                return StageResult.Ok(document); // a few scanned pages in a text document: the text layer stands
            }

            return problem.Missing
                ? new StageResult.Stop(document, DocumentStatus.NeedsOcr, problem.Message)
                : StageResult.Fail(document, problem.Message);
        }

        var pages = layout.Select(p => result.Pages.TryGetValue(p.Number, out var read) ? read.Layout : p).ToList();
        var cleaned = PdfExtractor.Clean(pages, extracted.Facts with { Ocr = true }, _extract);
        var withConfidence = cleaned with
        {
            Pages = cleaned.Pages
                .Select(p => result.Pages.TryGetValue(p.Number, out var read) ? p with { OcrConfidence = read.MeanConfidence } : p)
                .ToList(),
            Outline = extracted.Outline,
        };
        return StageResult.Ok(document with { Extracted = withConfidence });
    }

    /// <summary>The size most glyphs of the text-layer pages have; null for a wholly scanned document.</summary>
    private static double? TextLayerBodySize(IReadOnlyList<LayoutPage> pages, HashSet<int> scanned)
    {
        var sizes = pages.Where(p => !scanned.Contains(p.Number))
            .SelectMany(p => p.Lines).SelectMany(l => l.Words).SelectMany(w => w.Glyphs)
            .GroupBy(g => Math.Round(g.Size, 1))
            .Select(g => (Size: g.Key, Count: g.Count()))
            .ToList();
        return sizes.Sum(s => s.Count) < 200 ? null : sizes.MaxBy(s => s.Count).Size;
    }
}
