using System.Globalization;
using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// The contents page: one entry per level 1 and 2 heading with a dotted leader and the page number
/// that the previous layout pass found for it (so the numbers are real, not guessed).
/// </summary>
public sealed class ContentsSlicer(PdfFonts fonts)
{
    private const double NumberWidth = 30;
    private const double LevelIndent = 14;

    public List<Slice> Slices(Review review, IReadOnlyDictionary<string, int> pages, double width)
    {
        var titleFont = fonts.Headings[0];
        var title = new TextOp(0, PdfFonts.Ascent(titleFont), "Contents", titleFont);
        var slices = new List<Slice> { new(PdfFonts.LineHeight(titleFont) + 10, [title]) { StartsPage = 1 } };
        foreach (var heading in review.ContentsHeadings())
        {
            var page = pages.TryGetValue(heading.Anchor, out var p) ? p.ToString(CultureInfo.InvariantCulture) : "0";
            slices.AddRange(Entry(heading, page, width));
        }

        return slices;
    }

    private IEnumerable<Slice> Entry(HeadingBlock heading, string page, double width)
    {
        var font = heading.Level == 1 ? fonts.Bold : fonts.Body;
        var indent = (heading.Level - 1) * LevelIndent;
        var text = new TextSlicer(fonts);
        var lines = BlockSlicer.Wrap([new TextRun(InlineText.Plain(heading.Content), false)], font, font, width - indent - NumberWidth, fonts, false);
        var height = PdfFonts.LineHeight(font);
        for (var i = 0; i < lines.Count; i++)
        {
            var ops = text.LineOps(lines[i], font, indent, width - indent - NumberWidth, false, fonts.Width(" ", font));
            if (i == lines.Count - 1)
            {
                ops.AddRange(LeaderAndNumber(lines[i].NaturalWidth(fonts.Width(" ", font)) + indent, page, font, width));
            }

            yield return new Slice(height, ops) { SpaceBefore = i == 0 ? (heading.Level == 1 ? 6 : 2) : 0 };
        }
    }

    private IEnumerable<DrawOp> LeaderAndNumber(double textEnd, string page, PdfSharp.Drawing.XFont font, double width)
    {
        var baseline = PdfFonts.Ascent(font);
        var numberWidth = fonts.Width(page, font);
        var dotWidth = fonts.Width(" .", fonts.Body);
        var from = textEnd + 6;
        var to = width - numberWidth - 6;
        var dots = (int)Math.Floor((to - from) / dotWidth);
        if (dots > 0)
        {
            yield return new TextOp(to - (dots * dotWidth), baseline, string.Concat(Enumerable.Repeat(" .", dots)).TrimStart(), fonts.Body);
        }

        yield return new TextOp(width - numberWidth, baseline, page, font);
    }
}
