using Ingest.Core.Documents;
using Ingest.Pdf.Cleaning;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.PageSegmenter;
using UglyToad.PdfPig.DocumentLayoutAnalysis.ReadingOrderDetector;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;

namespace Ingest.Pdf.Layout;

/// <summary>
/// Reads one PdfPig page into a <see cref="LayoutPage"/>: nearest-neighbour words, Docstrum blocks
/// (cut where their lines stand a blank line apart), unsupervised reading order, then each block's words regrouped into lines by baseline (Docstrum
/// can make every word of a justified line its own line and order them backwards).
/// </summary>
internal static class PdfPageReader
{
    // PdfPig's layout steps default to an unbounded Parallel.For over every letter and word of a page:
    // thousands of tiny work items per page, fanned out to the thread pool, where the workers spent most
    // of their time scheduling, yielding and spinning rather than measuring distances. Parallelism belongs
    // to whole documents (Run.MaxParallelDocuments), so each page runs on its document's thread
    // (docs/benchmarks-profile.md). These are the library's default options, with one thread each.
    private static readonly NearestNeighbourWordExtractor WordExtractor = new(
        new NearestNeighbourWordExtractor.NearestNeighbourWordExtractorOptions { MaxDegreeOfParallelism = 1 });

    private static readonly DocstrumBoundingBoxes BlockSegmenter = new(
        new DocstrumBoundingBoxes.DocstrumBoundingBoxesOptions { MaxDegreeOfParallelism = 1 });

    public static LayoutPage Read(Page page, ExtractOptions options)
    {
        var letters = UsableLetters(page);
        var rules = ReadRules(page);
        var imageOnly = letters.Count < options.ImageOnlyMaxLetters && CoveredByImages(page);
        if (letters.Count == 0)
        {
            return new LayoutPage(page.Number, (float)page.Width, (float)page.Height, [], rules, imageOnly);
        }

        var words = WordExtractor.GetWords(letters);
        var blocks = BlankLineSplitter.Split(BlockSegmenter.GetBlocks(words));
        var ordered = TableAwareOrder.Order(UnsupervisedReadingOrderDetector.Instance.Get(blocks).ToList(), rules);
        var lines = new List<LayoutLine>();
        var blockId = 0;
        var boldFonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var block in ordered)
        {
            var blockWords = block.TextLines.SelectMany(l => l.Words).Select(w => ToLayoutWord(w, boldFonts)).Where(w => w.Glyphs.Count > 0).ToList();
            foreach (var part in BlockSplitter.Split(blockWords))
            {
                lines.AddRange(LineRegrouper.Regroup(page.Number, blockId++, part));
            }
        }

        return new LayoutPage(page.Number, (float)page.Width, (float)page.Height, StrayMarks.Reattach(WideGapMerger.Merge(lines)), rules, imageOnly);
    }

    /// <summary>
    /// Letters worth reading: horizontal text (when the page is mostly horizontal) and no
    /// zero-advance spaces, which Chromium leaves at soft-hyphen points and which would split words.
    /// </summary>
    private static List<Letter> UsableLetters(Page page)
    {
        var all = page.Letters;
        var horizontal = all.Count(l => l.TextOrientation == TextOrientation.Horizontal);
        var keepOnlyHorizontal = horizontal * 2 > all.Count;
        var result = new List<Letter>(all.Count);
        for (var i = 0; i < all.Count; i++)
        {
            var l = all[i];
            if (keepOnlyHorizontal && l.TextOrientation != TextOrientation.Horizontal)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(l.Value) && (l.Width < 0.05 * Math.Max(1, l.PointSize) || ZeroAdvance(l, i + 1 < all.Count ? all[i + 1] : null)))
            {
                continue;
            }

            result.Add(l);
        }

        return result;
    }

    /// <summary>A space whose next glyph starts where the space starts: Chromium's mark of a soft-hyphen point.</summary>
    private static bool ZeroAdvance(Letter space, Letter? next) =>
        next is not null
        && Math.Abs(next.StartBaseLine.Y - space.StartBaseLine.Y) < 0.5
        && Math.Abs(next.StartBaseLine.X - space.StartBaseLine.X) < 0.1 * Math.Max(1, space.PointSize);

    /// <param name="boldFonts">Whether each font name of the page reads as bold, worked out once per name.</param>
    private static LayoutWord ToLayoutWord(Word word, Dictionary<string, bool> boldFonts)
    {
        var glyphs = new List<Glyph>(word.Letters.Count);
        foreach (var l in InWritingOrder(word.Letters))
        {
            var value = GlyphNormaliser.Normalise(l.Value);
            if (value.Length == 0)
            {
                continue;
            }

            var r = l.BoundingBox;
            var box = r.Width <= 0 || r.Height <= 0 ? Box(l.GlyphRectangleLoose) : Box(r);
            glyphs.Add(new Glyph(value, box, l.PointSize, IsBold(l, boldFonts)));
        }

        return new LayoutWord(glyphs, Box(word.BoundingBox));
    }

    /// <summary>
    /// A word's letters left to right: PdfPig can hand a kerned word back out of order ("V.1" as
    /// "V1.", the full stop tucked under the V's overhang).
    /// </summary>
    private static IEnumerable<Letter> InWritingOrder(IReadOnlyList<Letter> letters) =>
        letters.All(l => l.TextOrientation == TextOrientation.Horizontal) ? letters.OrderBy(l => l.StartBaseLine.X) : letters;

    /// <summary>
    /// IsBold is false for embedded TrueType fonts from LibreOffice and PDFsharp, so the name decides too.
    /// The name test is four case-blind searches; a page has a handful of fonts and thousands of
    /// letters, so each name is tested once per page.
    /// </summary>
    private static bool IsBold(Letter l, Dictionary<string, bool> boldFonts)
    {
        if (l.FontDetails?.IsBold == true)
        {
            return true;
        }

        var name = l.FontName ?? string.Empty;
        if (!boldFonts.TryGetValue(name, out var bold))
        {
            bold = NameSaysBold(name);
            boldFonts[name] = bold;
        }

        return bold;
    }

    private static bool NameSaysBold(string name) =>
        name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
        || name.Contains("Semibold", StringComparison.OrdinalIgnoreCase);

    private static List<Rule> ReadRules(Page page)
    {
        var rules = new List<Rule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping)
            {
                continue;
            }

            var rect = path.GetBoundingRectangle();
            if (rect is { } r && r.Height <= 2.5 && r.Width >= 10)
            {
                rules.Add(new Rule(new PageBox((float)r.Left, (float)r.Bottom, (float)r.Right, (float)r.Top)));
            }
        }

        return rules;
    }

    private static bool CoveredByImages(Page page)
    {
        if (page.NumberOfImages == 0)
        {
            return false;
        }

        var pageArea = Math.Max(1, page.Width * page.Height);
        double covered = 0;
        foreach (var image in page.GetImages())
        {
            covered += Math.Abs(image.BoundingBox.Width * image.BoundingBox.Height);
        }

        return covered / pageArea > 0.3;
    }

    internal static PageBox Box(UglyToad.PdfPig.Core.PdfRectangle r) =>
        new((float)r.Left, (float)r.Bottom, (float)r.Right, (float)r.Top);
}
