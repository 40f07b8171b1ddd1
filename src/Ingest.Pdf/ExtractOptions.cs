using System.Text.Json;
using Ingest.Core.Configuration;

namespace Ingest.Pdf;

/// <summary>Options of the "extract" stage, with their defaults and the ranges pipeline.json may use.</summary>
public sealed record ExtractOptions
{
    /// <summary>Share of the page height at the top and bottom where running headers and footers live.</summary>
    public double FurnitureBandFraction { get; init; } = 0.1;

    /// <summary>On how many pages a header or footer must repeat (fewer for short documents).</summary>
    public int FurnitureMinRepeats { get; init; } = 3;

    /// <summary>A page with fewer letters than this and covered by images is a scan.</summary>
    public int ImageOnlyMaxLetters { get; init; } = 20;

    /// <summary>A document whose share of scanned pages reaches this needs OCR.</summary>
    public double NeedsOcrPageFraction { get; init; } = 0.5;

    /// <summary>
    /// Stop a document that needs OCR here, as needs_ocr (true, for pipelines without an "ocr" stage), or
    /// hand it on with its facts to the "ocr" stage that follows (false).
    /// </summary>
    public bool StopWhenScanned { get; init; } = true;

    /// <summary>Pages read in parallel inside one document (layout analysis is the CPU cost).</summary>
    public int MaxParallelPages { get; init; } = 1;

    public static ExtractOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var options = new ExtractOptions
        {
            FurnitureBandFraction = s.Double(nameof(FurnitureBandFraction), 0.1, 0.02, 0.3),
            FurnitureMinRepeats = s.Int(nameof(FurnitureMinRepeats), 3, 2, 50),
            ImageOnlyMaxLetters = s.Int(nameof(ImageOnlyMaxLetters), 20, 0, 10_000),
            NeedsOcrPageFraction = s.Double(nameof(NeedsOcrPageFraction), 0.5, 0.01, 1),
            MaxParallelPages = s.Int(nameof(MaxParallelPages), 1, 1, 64),
            StopWhenScanned = s.Bool(nameof(StopWhenScanned), true),
        };
        s.RejectUnknown();
        return options;
    }
}
