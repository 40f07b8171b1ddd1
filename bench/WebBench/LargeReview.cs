using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Text;

namespace WebBench;

/// <summary>A synthetic review of the size the issue names: N pages of about 2,600 characters, M suggestions spread over them, with an offset map, pages, sections and a rating.</summary>
internal static class LargeReview
{
    public static IngestDocument Build(string id, int pages, int annotations)
    {
        const string Sentence = "Officers from the Constabulary met the family and shared a DASH risk assessment with the MARAC. ";
        var sb = new StringBuilder();
        var list = new List<Annotation>();
        var sections = new List<Section>();
        var pageInfos = new List<PageInfo>();
        var perPage = (int)Math.Ceiling(annotations / (double)pages);
        for (var p = 0; p < pages; p++)
        {
            var pageStart = sb.Length;
            var heading = $"{p + 1}. Section {p + 1}\n";
            sb.Append(heading);
            for (var s = 0; s < 27; s++)
            {
                var start = sb.Length;
                sb.Append(Sentence);
                if (s < perPage && list.Count < annotations)
                {
                    var sentenceLevel = list.Count % 4 == 0;
                    list.Add(new Annotation($"a{list.Count:D5}", sentenceLevel ? Labels.GoodPractice : Labels.PoliceMention,
                        start, sentenceLevel ? start + Sentence.Length - 1 : start + 8, sentenceLevel ? Sentence.Trim() : "Officers",
                        new AnnotationAttributes { Agency = "police" }, "rule", "suggested", list.Count % 97 / 100.0, "bench@1"));
                }
            }

            sb.Append('\n');
            sections.Add(new Section(heading.Trim(), "analysis", 1, pageStart, sb.Length, pageStart + heading.Length, 0.9));
            pageInfos.Add(new PageInfo(p + 1, pageStart, sb.Length, 595f, 842f, [], [], false));
        }

        var text = sb.ToString();
        var map = new OffsetMap();
        foreach (var page in pageInfos)
        {
            for (var i = page.Start; i < page.End; i++)
            {
                var inPage = i - page.Start;
                var left = 56f + (inPage % 90 * 5.5f);
                var top = 780f - (inPage / 90 * 14f);
                map.Add(new CharLocation(page.Number, new PageBox(left, top - 11f, left + 5.5f, top), false));
            }
        }

        return new IngestDocument(id, id + ".pdf", new Provenance("file", "/bench/" + id + ".pdf", id + ".pdf", DateTimeOffset.UnixEpoch), ReadOnlyMemory<byte>.Empty)
        {
            Status = DocumentStatus.Ingested,
            Extracted = new ExtractedText(text, pageInfos, [], map, new ExtractionFacts(pages, 0, "bench", null, null, null, false, false)),
            Sections = sections,
            Annotations = list,
            Rating = new ReviewRating(2, 0.6, new Dictionary<string, CriterionScore> { [RatingCriteria.PoliceCoverage] = new(2, [list[0].Id], "bench") }, "bench@1"),
        };
    }
}
