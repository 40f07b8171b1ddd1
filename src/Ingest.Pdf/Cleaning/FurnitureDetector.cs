using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Finds running headers, footers and page numbers: lines in the top or bottom band of the page whose
/// text (with digits as #) and height repeat on several pages, plus lines that are page numbers on
/// their own ("12", "Page 3 of 10", "- 4 -"). A numbered paragraph at the top of a page ("5.9 The
/// officer ...") is never furniture, however often its shape repeats.
/// </summary>
internal static partial class FurnitureDetector
{
    public static HashSet<LayoutLine> Detect(IReadOnlyList<LayoutPage> pages, ExtractOptions options)
    {
        var candidates = new List<(LayoutPage Page, LayoutLine Line, string Key, bool Top)>();
        foreach (var page in pages)
        {
            var band = page.Height * options.FurnitureBandFraction;
            foreach (var line in page.Lines)
            {
                var top = line.Box.Bottom >= page.Height - band;
                var bottom = line.Box.Top <= band;
                if ((top || bottom) && !NumberedParagraph().IsMatch(line.Text))
                {
                    candidates.Add((page, line, Key(line, top, page.Height), top));
                }
            }
        }

        var minRepeats = Math.Min(options.FurnitureMinRepeats, Math.Max(2, pages.Count));
        var furniture = new HashSet<LayoutLine>();
        foreach (var group in candidates.GroupBy(c => c.Key))
        {
            var pagesWithIt = group.Select(c => c.Page.Number).Distinct().Count();
            var isPageNumber = PageNumberShape().IsMatch(group.First().Line.Text);
            if (pagesWithIt >= minRepeats || (isPageNumber && TracksPageNumber(group.Select(c => (c.Page.Number, c.Line.Text)))))
            {
                foreach (var c in group)
                {
                    furniture.Add(c.Line);
                }
            }
        }

        return furniture;
    }

    /// <summary>
    /// Text with digits as # and the line's distance from its own page edge (the top edge for a header,
    /// the bottom edge for a footer), rounded to 6 pt, so a header on a landscape page among portrait
    /// ones keys the same as on the others.
    /// </summary>
    private static string Key(LayoutLine line, bool top, double pageHeight) =>
        $"{(top ? 'T' : 'B')}|{Math.Round((top ? pageHeight - line.Box.Bottom : line.Box.Bottom) / 6.0)}|{Digits().Replace(line.Text.Trim(), "#")}";

    /// <summary>A lone number is a page number only if it follows the page numbers (value minus page is constant).</summary>
    private static bool TracksPageNumber(IEnumerable<(int Page, string Text)> items)
    {
        var offsets = items
            .Select(i => (i.Page, Value: FirstNumber().Match(i.Text)))
            .Where(i => i.Value.Success)
            .Select(i => int.TryParse(i.Value.Value, out var v) ? v - i.Page : int.MinValue)
            .ToList();
        if (offsets.Count == 1)
        {
            return Math.Abs(offsets[0]) <= 3;
        }

        return offsets.Count > 0 && offsets.GroupBy(o => o).Max(g => g.Count()) * 10 >= offsets.Count * 6;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();

    [GeneratedRegex(@"\d+")]
    private static partial Regex FirstNumber();

    [GeneratedRegex(@"^\s*(?:(?:page|p\.)\s*\d+(?:\s*(?:of|/)\s*\d+)?|[-–—]?\s*\d{1,4}\s*[-–—]?|\d+\s*/\s*\d+|\d+\s+of\s+\d+)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumberShape();

    [GeneratedRegex(@"^\s*\d+(?:\.\d+)+\s+\p{L}")]
    private static partial Regex NumberedParagraph();
}
