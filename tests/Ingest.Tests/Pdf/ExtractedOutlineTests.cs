using Ingest.Core.Documents;
using Ingest.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Outline;

namespace Ingest.Tests.Pdf;

/// <summary>
/// The outline (bookmarks) that extraction hands to the sections stage. Extraction reads it from the
/// same open document as the pages; it must be every bookmark PdfPig finds in the file on its own,
/// titles, levels and pages in order.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ExtractedOutlineTests
{
    public static IEnumerable<string> SamplesWithBookmarks => Repo.SampleIds(id => BookmarksOf(id).Count > 0);

    [Test]
    public void Some_samples_have_bookmarks()
    {
        Assert.That(SamplesWithBookmarks.Count(), Is.GreaterThanOrEqualTo(5));
    }

    [TestCaseSource(nameof(SamplesWithBookmarks))]
    public void The_outline_is_every_bookmark_of_the_file(string id)
    {
        var outline = ExtractionGoldenTests.Extract(id).Outline;

        Assert.That(outline, Is.EqualTo(BookmarksOf(id)));
    }

    /// <summary>The file's bookmarks read by a document of their own, depth first, as extraction lists them.</summary>
    private static List<OutlineEntry> BookmarksOf(string id)
    {
        using var document = PdfDocument.Open(File.ReadAllBytes(Path.Combine(Repo.Samples, id, id + ".pdf")), new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });
        var entries = new List<OutlineEntry>();
        if (!document.TryGetBookmarks(out var bookmarks, false))
        {
            return entries;
        }

        var pending = new Stack<BookmarkNode>(Enumerable.Reverse(bookmarks.GetNodes()));
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            entries.Add(new OutlineEntry(node.Title ?? string.Empty, node.Level + 1, (node as DocumentBookmarkNode)?.PageNumber));
            foreach (var child in Enumerable.Reverse(node.Children))
            {
                pending.Push(child);
            }
        }

        return entries;
    }
}
