using Ingest.Core.Documents;
using Ingest.Pdf.Cleaning;
using Ingest.Pdf.Layout;
using UglyToad.PdfPig;

namespace Ingest.Pdf;

/// <summary>
/// PDF bytes to cleaned, traceable text: layout per page, then running headers and footers,
/// footnotes and their marks taken out, then the body lines assembled into paragraphs.
/// </summary>
public sealed class PdfExtractor(ExtractOptions options)
{
    public ExtractedText Extract(byte[] bytes, CancellationToken cancellationToken)
    {
        // One open of the file for the pages and the outline: opening it again for the bookmarks
        // repeated the reading of the cross-reference table and trailer (and any lenient repair).
        using var document = Open(bytes);
        var (pages, facts) = ReadLayout(document, cancellationToken);
        return Clean(pages, facts, options) with { Outline = ReadOutline(document) };
    }

    private static PdfDocument Open(byte[] bytes) =>
        PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true });

    /// <summary>Bookmarks confirm headings and their levels; a broken outline is ignored, not fatal.</summary>
    private static IReadOnlyList<OutlineEntry> ReadOutline(PdfDocument document)
    {
        try
        {
            if (!document.TryGetBookmarks(out var bookmarks, false))
            {
                return [];
            }

            var entries = new List<OutlineEntry>();
            void Walk(IEnumerable<UglyToad.PdfPig.Outline.BookmarkNode> nodes)
            {
                foreach (var node in nodes)
                {
                    var page = node is UglyToad.PdfPig.Outline.DocumentBookmarkNode d ? d.PageNumber : (int?)null;
                    entries.Add(new OutlineEntry(node.Title ?? string.Empty, node.Level + 1, page));
                    Walk(node.Children);
                }
            }

            Walk(bookmarks.GetNodes());
            return entries;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return [];
        }
    }

    /// <summary>The pages as layout lines, before any cleaning (for `ingest text --lines` and tests).</summary>
    public (IReadOnlyList<LayoutPage> Pages, ExtractionFacts Facts) ReadLayout(byte[] bytes, CancellationToken cancellationToken)
    {
        using var document = Open(bytes);
        return ReadLayout(document, cancellationToken);
    }

    private (IReadOnlyList<LayoutPage> Pages, ExtractionFacts Facts) ReadLayout(PdfDocument document, CancellationToken cancellationToken)
    {
        var pages = new List<LayoutPage>(document.NumberOfPages);
        for (var n = 1; n <= document.NumberOfPages; n++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            pages.Add(PdfPageReader.Read(document.GetPage(n), options));
        }

        var info = document.Information;
        var facts = new ExtractionFacts(
            pages.Count,
            pages.Count(p => p.ImageOnly),
            info.Producer,
            info.Creator,
            info.Title,
            info.Author,
            document.IsEncrypted,
            Ocr: false);
        return (pages, facts);
    }

    /// <summary>The cleaning half, on pages already read: testable without a PDF.</summary>
    internal static ExtractedText Clean(IReadOnlyList<LayoutPage> pages, ExtractionFacts facts, ExtractOptions options)
    {
        var bodySize = BodySize(pages);
        var furniture = FurnitureDetector.Detect(pages, options);
        var pageNotes = new List<(int Page, PageFootnote Note)>();
        var read = new List<PageRead>(pages.Count);
        foreach (var page in pages)
        {
            var remaining = FootnoteLabels.Join(page.Lines.Where(l => !furniture.Contains(l)).ToList(), bodySize);
            var marks = new HashSet<Glyph>(ReferenceEqualityComparer.Instance as IEqualityComparer<Glyph>);
            foreach (var line in remaining)
            {
                marks.UnionWith(SuperscriptMarks.Find(line));
            }

            var notes = FootnoteDetector.Detect(page, remaining, bodySize, BodyMarkValues(remaining, marks, bodySize));
            var noteLines = notes.SelectMany(n => n.Lines).ToHashSet();
            var body = remaining.Where(l => !noteLines.Contains(l)).ToList();
            pageNotes.AddRange(notes.Select(n => (page.Number, n)));
            var headers = page.Lines.Where(l => furniture.Contains(l) && l.Box.Bottom > page.Height / 2).Select(l => l.Text).ToList();
            var footers = page.Lines.Where(l => furniture.Contains(l) && l.Box.Bottom <= page.Height / 2).Select(l => l.Text).ToList();
            read.Add(new PageRead(page, body, marks, headers, footers));
        }

        // Endnotes are found over the whole review (they run across its last pages) once the pages' own footnotes are out.
        var allMarks = read.SelectMany(r => MarksByWord(r.Body, r.Marks)).ToList();
        var endnotes = EndnoteDetector.Detect(read.SelectMany(r => r.Body).ToList(), bodySize, allMarks);
        var endnoteLines = endnotes?.Lines.ToHashSet() ?? [];
        var assembler = new TextAssembler(bodySize);
        foreach (var r in read)
        {
            var body = endnoteLines.Count == 0 ? r.Body : r.Body.Where(l => !endnoteLines.Contains(l)).ToList();
            assembler.AddPage(r.Page, body, r.Marks, r.Headers, r.Footers);
        }

        pageNotes.AddRange(endnotes?.Notes ?? []);
        var (text, map, pageInfos) = assembler.Finish();
        var noteTexts = FootnoteText.JoinAll(pageNotes.Select(p => p.Note.Lines.Select(l => l.Text)).ToList(), text);
        var footnotes = pageNotes.Select((p, i) => ToFootnote(p.Page, p.Note, noteTexts[i], assembler.Marks)).ToList();
        return new ExtractedText(text, pageInfos, footnotes, map, facts) { Blocks = assembler.Blocks };
    }

    /// <summary>One page read for assembly: its body lines (furniture and footnotes out), its marks, its furniture.</summary>
    private sealed record PageRead(LayoutPage Page, List<LayoutLine> Body, HashSet<Glyph> Marks, IReadOnlyList<string> Headers, IReadOnlyList<string> Footers);

    /// <summary>The values of the marks raised in body-size lines ("3" where a body line carries a raised 3).</summary>
    private static HashSet<string> BodyMarkValues(IEnumerable<LayoutLine> lines, HashSet<Glyph> marks, double bodySize) =>
        lines.Where(l => l.Size >= bodySize * 0.95)
            .SelectMany(l => l.Words.SelectMany(w => w.Glyphs))
            .Where(marks.Contains)
            .Select(g => g.Value)
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>The marks the words carry, in order, each as the text keeps it (<see cref="SuperscriptMarks.MarkOf"/>).</summary>
    private static IEnumerable<string> MarksByWord(IEnumerable<LayoutLine> lines, HashSet<Glyph> marks) =>
        marks.Count == 0 ? [] : lines.SelectMany(l => l.Words).Select(w => SuperscriptMarks.MarkOf(w, marks)).Where(v => v.Length > 0);

    private static Footnote ToFootnote(int page, PageFootnote note, string text, IReadOnlyList<(string Mark, int Page, int Offset)> marks)
    {
        // The note's own label goes ("a." before an endnote's text); any other leading mark as the detector reads marks.
        var own = text.TrimStart();
        var stripped = own.StartsWith(note.Mark, StringComparison.Ordinal) && own.Length > note.Mark.Length && own[note.Mark.Length] is '.' or ')'
            ? own[(note.Mark.Length + 1)..].Trim()
            : FootnoteDetector.LeadingMark().Replace(text, string.Empty, 1).Trim();
        var reference = marks.Where(m => m.Page == page && m.Mark == note.Mark).Select(m => m.Offset).DefaultIfEmpty(-1).First();
        if (reference < 0)
        {
            reference = marks.Where(m => m.Mark == note.Mark).Select(m => m.Offset).DefaultIfEmpty(-1).First();
        }

        return new Footnote(note.Mark, stripped, page, reference);
    }

    /// <summary>The size most glyphs of the document have.</summary>
    private static double BodySize(IReadOnlyList<LayoutPage> pages)
    {
        // Plain loops: this visits every glyph of the document.
        var sizes = new Dictionary<double, int>();
        foreach (var page in pages)
        {
            foreach (var line in page.Lines)
            {
                foreach (var word in line.Words)
                {
                    foreach (var g in word.Glyphs)
                    {
                        var key = Math.Round(g.Size, 1);
                        sizes[key] = sizes.GetValueOrDefault(key) + 1;
                    }
                }
            }
        }

        // On a tie the size met first wins, as a stable sort by count would have it.
        var (body, most) = (10.0, 0);
        foreach (var (size, count) in sizes)
        {
            if (count > most)
            {
                (body, most) = (size, count);
            }
        }

        return body;
    }
}
