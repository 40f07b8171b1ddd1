using System.Text.Json;
using Ingest.Core.Configuration;

namespace Ingest.Core.Sections;

/// <summary>Options of the "sections" stage.</summary>
public sealed record SectionsOptions
{
    /// <summary>A heading is at most this many words; longer bold text is a paragraph with a bold lead-in.</summary>
    public int MaxHeadingWords { get; init; } = 20;

    /// <summary>Text this much larger than the body (ratio) reads as a heading even when not bold.</summary>
    public double LargerThanBody { get; init; } = 1.1;

    /// <summary>A first page with fewer words than this is a cover page.</summary>
    public int CoverMaxWords { get; init; } = 150;

    public static SectionsOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var options = new SectionsOptions
        {
            MaxHeadingWords = s.Int(nameof(MaxHeadingWords), 20, 3, 60),
            LargerThanBody = s.Double(nameof(LargerThanBody), 1.1, 1.0, 3.0),
            CoverMaxWords = s.Int(nameof(CoverMaxWords), 150, 0, 2000),
        };
        s.RejectUnknown();
        return options;
    }
}
