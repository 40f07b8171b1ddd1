using System.Globalization;
using System.Text;
using SampleRenderer.Model;

namespace SampleRenderer.Golden;

/// <summary>
/// Writes the golden files the extraction tests compare against (FORMAT.md, "What the renderer
/// writes beside the PDF"). They come from the parsed source, never from the PDF, so a rendering
/// quirk cannot leak into the expectation.
/// </summary>
public static class GoldenWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(false);

    public static void WriteText(Review review, string folder)
    {
        File.WriteAllText(Path.Combine(folder, "expected.txt"), Join(BodyUnits(review)), Utf8NoBom);
        var notes = review.Footnotes.Select(n => n.Label + "\t" + InlineText.Plain(n.Content));
        File.WriteAllText(Path.Combine(folder, "expected-footnotes.txt"), Join(notes), Utf8NoBom);
    }

    /// <summary>
    /// Written after rendering, because the page count comes from the finished PDF. Every page but
    /// the cover carries furniture: one line per non-empty slot, header slots then footer slots.
    /// </summary>
    public static void WriteFurniture(Review review, string folder, int pageCount)
    {
        var first = review.Blocks.OfType<CoverBlock>().Any() ? 2 : 1;
        var lines = Enumerable.Range(first, Math.Max(0, pageCount - first + 1))
            .SelectMany(page => FurnitureText.PageLines(review.Front, page, pageCount));
        File.WriteAllText(Path.Combine(folder, "expected-furniture.txt"), Join(lines), Utf8NoBom);
    }

    /// <summary>One line per heading, paragraph, list item and table cell, in reading order.</summary>
    public static IEnumerable<string> BodyUnits(Review review)
    {
        foreach (var block in review.Blocks.SelectMany(AsideBlock.Flatten))
        {
            foreach (var unit in Units(block))
            {
                yield return unit;
            }
        }

        // Chromium has no footnotes: its notes are a "Notes" list at the end of the body, which the
        // extractor keeps apart as endnotes. They are in expected-footnotes.txt, not here.
    }

    private static IEnumerable<string> Units(Block block) => block switch
    {
        CoverBlock c => c.Lines.Where(l => !l.IsBlank).Select(l => InlineText.Collapse(l.Text)),
        HeadingBlock h => [InlineText.Plain(h.Content)],
        ParagraphBlock p => [InlineText.Plain(p.Content)],
        BulletItemBlock b => [InlineText.Plain(b.Content)],
        HangingItemBlock l => [InlineText.Collapse(l.Label + " " + InlineText.Plain(l.Content))],
        TableBlock t => t.Header.Concat(t.Rows.SelectMany(r => r)).Select(InlineText.Plain).Where(s => s.Length > 0),
        _ => [],
    };

    private static string Join(IEnumerable<string> lines)
    {
        var sb = new StringBuilder();
        foreach (var line in lines)
        {
            sb.Append(line).Append('\n');
        }

        return sb.ToString();
    }
}

/// <summary>How Chromium prints its endnotes; shared by the HTML writer and the golden text so they agree.</summary>
public static class EndnoteFormat
{
    public const string Heading = "Notes";

    public static string Mark(Footnote note) => note.Label + ".";

    public static string Line(Footnote note) =>
        string.Create(CultureInfo.InvariantCulture, $"{Mark(note)} {InlineText.Plain(note.Content)}");
}
