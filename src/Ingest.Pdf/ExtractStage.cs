using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Exceptions;

namespace Ingest.Pdf;

/// <summary>
/// The "extract" stage: checks the bytes are a PDF, extracts the text, and stops scanned documents as
/// needs_ocr instead of storing empty text as if it were the review; with StopWhenScanned false it hands
/// them on to the "ocr" stage instead.
/// </summary>
public sealed class ExtractStage(ExtractOptions options) : IPipelineStage
{
    public const string StageName = "extract";

    private readonly PdfExtractor _extractor = new(options);

    public string Name => StageName;

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        var problem = CheckLooksLikePdf(document.Bytes.Span);
        if (problem is not null)
        {
            return StageResult.Fail(document, problem);
        }

        ExtractedText extracted;
        try
        {
            extracted = _extractor.Extract(document.Bytes.ToArray(), cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw;
        }
        catch (PdfDocumentEncryptedException e)
        {
            return StageResult.Fail(document, $"encrypted PDF: it cannot be opened without its password ({e.Message})");
        }
        catch (Exception e) when (e is PdfDocumentFormatException or InvalidOperationException or ArgumentException or IndexOutOfRangeException
                                       or NullReferenceException or InvalidCastException or KeyNotFoundException or FormatException
                                       or OverflowException or NotSupportedException or EndOfStreamException or IOException)
        {
            return StageResult.Fail(document, $"damaged or unreadable PDF: {e.GetType().Name}: {FirstLine(e.Message)}");
        }

        var withText = document with { Extracted = extracted };
        if (options.StopWhenScanned && NeedsOcr(extracted.Facts, options.NeedsOcrPageFraction))
        {
            return new StageResult.Stop(withText, DocumentStatus.NeedsOcr,
                $"{extracted.Facts.ImageOnlyPages} of {extracted.Facts.PageCount} pages are images without a text layer: the document needs OCR");
        }

        // Without the stop, a scanned document goes on with its facts (ImageOnlyPages, PageInfo.ImageOnly) for the ocr stage.
        return StageResult.Ok(withText);
    }

    /// <summary>Are enough pages images without a text layer that the document needs OCR to be read at all?</summary>
    internal static bool NeedsOcr(ExtractionFacts facts, double needsOcrPageFraction) =>
        facts.PageCount > 0 && facts.ImageOnlyPages >= Math.Max(1, facts.PageCount * needsOcrPageFraction);

    /// <summary>Empty files, HTML error pages and other non-PDFs get a plain reason before the parser sees them.</summary>
    internal static string? CheckLooksLikePdf(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return "empty file (0 bytes)";
        }

        var head = bytes[..Math.Min(bytes.Length, 1024)];
        if (head.IndexOf("%PDF-"u8) >= 0)
        {
            return null;
        }

        var preview = Encoding.ASCII.GetString(head[..Math.Min(head.Length, 24)]).Replace('\n', ' ').Replace('\r', ' ');
        var looksHtml = Encoding.ASCII.GetString(head).Contains("<html", StringComparison.OrdinalIgnoreCase);
        return looksHtml
            ? "not a PDF: the file is an HTML page"
            : $"not a PDF: no %PDF- header in the first 1024 bytes (starts with \"{new string(preview.Select(c => char.IsControl(c) || c > 126 ? '.' : c).ToArray())}\")";
    }

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();
}
