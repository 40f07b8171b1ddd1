namespace Ingest.Core.Documents;

/// <summary>
/// One page of the cleaned text: where its body text lies in the document text, and the page
/// furniture (running headers, footers, page numbers) that was taken out of the body.
/// </summary>
public sealed record PageInfo(
    int Number,
    int Start,
    int End,
    float Width,
    float Height,
    IReadOnlyList<string> Headers,
    IReadOnlyList<string> Footers,
    bool ImageOnly)
{
    /// <summary>For a page read by OCR: the mean confidence of its words (0-100); null otherwise, or when OCR found no words.</summary>
    public double? OcrConfidence { get; init; }
}
