using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Tests.Storage;

/// <summary>The review page's reader on SQLite and PostgreSQL: what the page shows, without the offset map, which comes on its own.</summary>
[TestFixture(ReviewStoreProvider.Sqlite)]
[TestFixture(ReviewStoreProvider.Postgres)]
[Parallelizable(ParallelScope.All)]
public sealed class ReviewReaderTests(string provider)
{
    private static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);
    private static CancellationToken None => CancellationToken.None;

    [Test]
    public async Task A_review_reads_back_its_text_pages_annotations_and_rating_and_its_offset_map_apart()
    {
        await using var stores = await ReviewStoreProvider.CreateAsync(provider);
        var clock = new DocumentStoreContractTests.SteppingClock();
        var documents = await stores.DocumentsAsync(clock);
        var map = new OffsetMap();
        map.Add(new CharLocation(1, new PageBox(56f, 770f, 62f, 781f), false));
        map.Add(new CharLocation(2, new PageBox(60f, 700f, 66f, 711f), true));
        var doc = new IngestDocument("doc1", "r.pdf", new Provenance("file", "/in/r.pdf", "r.pdf", Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Ingested,
            Extracted = new ExtractedText("Hi", [new PageInfo(1, 0, 1, 595f, 842f, [], [], false), new PageInfo(2, 1, 2, 595f, 842f, [], [], false)], [], map,
                new ExtractionFacts(2, 0, "test", null, null, null, false, false)),
            Annotations = [new Annotation("a1", Labels.PoliceMention, 0, 2, "Hi", AnnotationAttributes.None, "rule", "suggested", 0.5, "t@1")],
            Rating = new ReviewRating(3, 0.6, new Dictionary<string, CriterionScore>(), "rating@1"),
        };
        var run = await documents.StartRunAsync(Found, "test", None);
        await documents.ClaimAsync(new DocumentClaim("doc1", "r.pdf", doc.Source, 10, "/a/doc1.pdf", 3, false), run, None);
        await documents.SaveResultAsync(doc, run, None);
        var reader = stores.Reader(clock);

        var review = await reader.GetForReviewAsync("doc1", None);
        var offsets = await reader.OffsetMapAsync("doc1", None);

        Assert.That(review!.Extracted!.Text, Is.EqualTo("Hi"));
        Assert.That(review.Extracted.Pages.Select(p => p.Number), Is.EqualTo(new[] { 1, 2 }));
        Assert.That(review.Extracted.OffsetMap.Count, Is.Zero, "the offset map is not read with the page");
        Assert.That(review.Annotations.Single().Id, Is.EqualTo("a1"));
        Assert.That(review.Rating!.Suggested, Is.EqualTo(3));
        Assert.That(offsets!.Count, Is.EqualTo(2));
        Assert.That(offsets[1].Page, Is.EqualTo(2));
        Assert.That(await reader.GetForReviewAsync("nope", None), Is.Null);
        Assert.That(await reader.OffsetMapAsync("nope", None), Is.Null);
    }
}
