using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Web.Tests.Support;

/// <summary>Reviews built in memory and saved through the real store, with text, pages, an offset map, sections, suggestions and a proposed rating.</summary>
internal static class TestDocuments
{
    public static readonly DateTimeOffset Found = new(2025, 3, 4, 10, 0, 0, TimeSpan.Zero);

    public const string HostileText = "<script>alert('pwned')</script>";

    /// <summary>A short review whose text includes markup that must never run, with four suggestions.</summary>
    public static IngestDocument Small(string id = "doc-small", string fileName = "sar-adult-b.pdf")
    {
        var text = new StringBuilder()
            .Append("1. Introduction\n")
            .Append("Officers from Wexham Constabulary attended the address. ")
            .Append("The note said ").Append(HostileText).Append(" and nothing more.\n")
            .Append("2. Recommendations\n")
            .Append("Recommendation 1: Wexham Constabulary should review its DASH risk assessment training.\n")
            .ToString();
        int At(string s) => text.IndexOf(s, StringComparison.Ordinal);
        Annotation Ann(string aid, string label, string span, double confidence, AnnotationAttributes? attrs = null) =>
            new(aid, label, At(span), At(span) + span.Length, span, attrs ?? AnnotationAttributes.None, "rule", "suggested", confidence, "test@1");

        var annotations = new List<Annotation>
        {
            Ann("a-officers", Labels.PoliceMention, "Officers", 0.55, new AnnotationAttributes { Category = "role" }),
            Ann("a-force", Labels.PoliceMention, "Wexham Constabulary", 0.93, new AnnotationAttributes { Category = "force" }),
            Ann("a-script", Labels.MissedOpportunity, "The note said " + HostileText + " and nothing more.", 0.41),
            Ann("a-rec", Labels.Recommendation, "Recommendation 1: Wexham Constabulary should review its DASH risk assessment training.", 0.8,
                new AnnotationAttributes { Number = "1", Agencies = ["police"] }),
            Ann("a-dash", Labels.PoliceMention, "DASH risk assessment", 0.7, new AnnotationAttributes { Category = "process" }),
        };
        return Build(id, fileName, text, annotations, pages: 1);
    }

    /// <summary>A long review: <paramref name="pages"/> pages and <paramref name="annotations"/> suggestions spread over them (for the benchmark).</summary>
    public static IngestDocument Large(string id, int pages, int annotations)
    {
        var sb = new StringBuilder();
        const string Sentence = "Officers from the Constabulary met the family and shared a DASH risk assessment with the MARAC. ";
        var perPage = (int)Math.Ceiling(annotations / (double)pages);
        var list = new List<Annotation>();
        for (var p = 0; p < pages; p++)
        {
            sb.Append("Section ").Append(p + 1).Append('\n');
            for (var s = 0; s < Math.Max(perPage, 12); s++)
            {
                var start = sb.Length;
                sb.Append(Sentence);
                if (s < perPage && list.Count < annotations)
                {
                    list.Add(new Annotation($"a{list.Count:D5}", list.Count % 3 == 0 ? Labels.GoodPractice : Labels.PoliceMention, start, start + 8,
                        "Officers", AnnotationAttributes.None, "rule", "suggested", (list.Count % 97) / 100.0, "bench@1"));
                }
            }

            sb.Append('\n');
        }

        return Build(id, $"{id}.pdf", sb.ToString(), list, pages);
    }

    private static IngestDocument Build(string id, string fileName, string text, IReadOnlyList<Annotation> annotations, int pages)
    {
        var map = new OffsetMap();
        var pageInfos = new List<PageInfo>();
        var perPage = (int)Math.Ceiling(text.Length / (double)pages);
        for (var i = 0; i < text.Length; i++)
        {
            // 90 characters a line, 6 pt a character, 14 pt a line, from the top-left margin of an A4 page.
            var page = Math.Min(i / perPage, pages - 1);
            var inPage = i - (page * perPage);
            var left = 56f + (inPage % 90 * 6f);
            var top = 780f - (inPage / 90 % 50 * 14f);
            map.Add(new CharLocation(page + 1, new PageBox(left, top - 11f, left + 6f, top), false));
        }

        for (var p = 0; p < pages; p++)
        {
            pageInfos.Add(new PageInfo(p + 1, p * perPage, Math.Min(text.Length, (p + 1) * perPage), 595f, 842f, [], [], false));
        }

        var sections = new List<Section>();
        var second = text.IndexOf("2. Recommendations", StringComparison.Ordinal);
        if (second > 0)
        {
            sections.Add(new Section("1. Introduction", "introduction", 1, 0, second, 15, 0.9));
            sections.Add(new Section("2. Recommendations", "recommendations", 1, second, text.Length, second + 18, 0.9));
        }

        return new IngestDocument(id, fileName, new Provenance("file", "/in/" + fileName, fileName, Found), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Ingested,
            Extracted = new ExtractedText(text, pageInfos, [], map, new ExtractionFacts(pages, 0, "test", null, null, null, false, false)),
            Sections = sections,
            Annotations = annotations,
            Rating = new ReviewRating(2, 0.71, new Dictionary<string, CriterionScore>
            {
                [RatingCriteria.PoliceCoverage] = new(2, [annotations[0].Id], "Police practice gets two paragraphs."),
                [RatingCriteria.PoliceRecommendations] = new(3, ["recommendations"], "One recommendation for the police."),
            }, "rating-test@1"),
            Screening = new ScreeningDecision(true, 0.88, [annotations[0].Id], "screening-test@1"),
        };
    }

    /// <summary>Saves a document as a run would (claim, then result), with its archive path pointing at a real PDF.</summary>
    /// <param name="reprocess">Save it again as <c>ingest run --reprocess</c> does for a document already stored.</param>
    public static async Task SaveAsync(IDocumentStore store, IngestDocument doc, string archivePath, bool reprocess = false)
    {
        var run = await store.StartRunAsync(Found, "test", CancellationToken.None);
        await store.ClaimAsync(new DocumentClaim(doc.Id, doc.FileName, doc.Source, 1000, archivePath, 3, false, reprocess), run, CancellationToken.None);
        await store.SaveResultAsync(doc, run, CancellationToken.None);
    }
}
