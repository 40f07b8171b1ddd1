using Ingest.Core.Text;

namespace Ingest.Core.Documents;

/// <summary>What the extract stage produces: cleaned text with its pages, footnotes and offset map.</summary>
public sealed record ExtractedText(
    string Text,
    IReadOnlyList<PageInfo> Pages,
    IReadOnlyList<Footnote> Footnotes,
    OffsetMap OffsetMap,
    ExtractionFacts Facts)
{
    /// <summary>The paragraphs with their typography (empty for text that did not come from a layout, e.g. an import).</summary>
    public IReadOnlyList<TextBlock> Blocks { get; init; } = [];

    /// <summary>The PDF's own outline (bookmarks), where the producer wrote one.</summary>
    public IReadOnlyList<OutlineEntry> Outline { get; init; } = [];
}

/// <summary>One bookmark of the PDF outline: its title, depth (1 = top) and page.</summary>
public sealed record OutlineEntry(string Title, int Level, int? Page);

/// <summary>Facts about the PDF itself that later stages and the UI use.</summary>
public sealed record ExtractionFacts(
    int PageCount,
    int ImageOnlyPages,
    string? Producer,
    string? Creator,
    string? Title,
    string? Author,
    bool WasEncrypted,
    bool Ocr);
