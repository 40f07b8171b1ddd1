namespace Ingest.Core.Documents;

/// <summary>
/// One paragraph of the cleaned text ([Start, End)) with the typography it was printed in, so that
/// text stages (headings, sections) can judge style without knowing about PDFs.
/// </summary>
/// <param name="Size">Font size of the paragraph's first line, in points.</param>
/// <param name="Bold">Every word of the first line is bold.</param>
/// <param name="BodySize">The document's body text size, for comparison.</param>
/// <param name="Left">Left edge of the first line (points).</param>
/// <param name="Top">Top edge of the first line (points); blocks sharing a top sit side by side, as table cells do.</param>
public sealed record TextBlock(int Start, int End, int Page, double Size, bool Bold, double BodySize, int Lines, float Left = 0, float Top = 0);
