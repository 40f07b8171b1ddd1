using Ingest.Core.Documents;
using Ingest.Core.Storage;
using Ingest.Core.Text;

namespace Ingest.Core.Search;

/// <summary>One sentence as the index holds it: its span, page, text and the labels of the annotations it overlaps.</summary>
public sealed record SearchSentence(int Start, int End, int? Page, string Text, IReadOnlyList<string> Labels);

/// <summary>What the index needs of a document, whether it comes from a run (an IngestDocument) or the store.</summary>
public sealed record SearchDocument(string Id, string FileName, string? Title, IReadOnlyList<string> ReviewTypes, IReadOnlyList<SearchSentence> Sentences)
{
    public static SearchDocument From(IngestDocument d) =>
        Build(d.Id, d.FileName, d.Metadata, d.Extracted, d.Annotations);

    public static SearchDocument From(StoredDocument d) =>
        Build(d.Id, d.FileName, d.Metadata, d.Extracted, d.Annotations);

    private static SearchDocument Build(string id, string file, ReviewMetadata? metadata, ExtractedText? extracted, IReadOnlyList<Annotation> annotations)
    {
        var text = extracted?.Text ?? string.Empty;
        var pages = extracted?.Pages ?? [];
        var live = annotations.Where(a => a.Status != "rejected").ToList();
        var sentences = SentenceSplitter.Split(text).Select(s => new SearchSentence(
            s.Start,
            s.End,
            pages.FirstOrDefault(p => p.Start <= s.Start && s.Start < Math.Max(p.End, p.Start + 1))?.Number,
            text[s.Start..s.End],
            live.Where(a => a.Start < s.End && s.Start < a.End).Select(a => a.Label).Distinct().Order(StringComparer.Ordinal).ToList())).ToList();
        return new SearchDocument(id, file, metadata?.Title?.Value, metadata?.ReviewTypes.Select(t => t.Value).ToList() ?? [], sentences);
    }
}
