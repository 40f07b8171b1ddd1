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
    bool ImageOnly);
