using Ingest.Core.Evaluation;
using Ingest.Pdf;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ingest.Tests.Pdf.Layout;

/// <summary>
/// Reading order of pages drawn here with PdfPig's writer: two text columns whose paragraphs line up
/// row after row (both columns on one line grid) are read column by column, while a real table keeps
/// its rows.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class TwoColumnOrderTests
{
    private const double Size = 10;
    private const double Pitch = 13;
    private const double ParagraphGap = 7;
    private const double ColumnWidth = 210;
    private const double LeftColumn = 71;
    private const double RightColumn = 309;
    private const double PageTop = 760;

    /// <summary>Each paragraph's opening words and how many lines it fills.</summary>
    private static readonly (string Opening, int Lines)[] LeftColumnParagraphs =
    [
        ("Alder opened the first paragraph of the left column", 2),
        ("Birch wrote the second paragraph of the left column", 4),
        ("Cedar wrote the third paragraph of the left column", 4),
        ("Ivy wrote a short paragraph of the left column", 3),
        ("Damson wrote the closing paragraph of the left column", 4),
    ];

    private static readonly (string Opening, int Lines)[] RightColumnParagraphs =
    [
        ("Elder wrote the first whole paragraph of the right column", 4),
        ("Fennel wrote the second paragraph of the right column", 4),
        ("Gorse wrote the third paragraph of the right column", 6),
        ("Hazel closes the right column with a paragraph of its own", 3),
    ];

    private const string Filler = "and it goes on with plain words about the review, the agencies that took part in it, what they knew of the family at the time and what each of them did about it, until the paragraph has filled as many lines of the column as it was meant to fill";

    [Test]
    public void A_paragraph_that_continues_at_the_top_of_the_right_column_follows_the_end_of_the_left_column()
    {
        var text = Extract(TwoColumnPage());

        // The left column's last line ends "reas-"; the right column opens with "onable grounds ...".
        Assert.That(text, Does.Contain("A positive reasonable grounds decision was made on the twentieth of February."));
        AssertInOrder(text, "Alder opened", "Birch wrote", "Cedar wrote", "Ivy wrote", "Damson wrote", "Elder wrote", "Fennel wrote", "Gorse wrote", "Hazel closes");
    }

    [Test]
    public void A_borderless_table_between_full_width_paragraphs_is_read_row_by_row()
    {
        var text = Extract(TablePage());

        AssertInOrder(text, "Above the table", "Police", "Keep a record of every referral", "Health", "Train every officer", "Council", "Review the form", "Below the table");
    }

    private static string Extract(byte[] pdf) =>
        TextMatching.Normalise(new PdfExtractor(new ExtractOptions()).Extract(pdf, CancellationToken.None).Text);

    private static byte[] TwoColumnPage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);

        var left = LeftColumnParagraphs.Select(p => Paragraph(page, font, p.Opening, p.Lines)).ToList();
        var right = RightColumnParagraphs.Select(p => Paragraph(page, font, p.Opening, p.Lines)).ToList();

        // The left column's last line breaks "reasonable" with a hyphen, and the right column opens with
        // the rest of the sentence in a two-line paragraph beside the left column's two-line opening one.
        // Below them paragraphs of equal length line up row by row, then the columns go their own ways.
        left[^1][^1] = left[^1][^1].TrimEnd('.');
        left[^1].Add("as the panel heard. A positive reas-");
        right.Insert(0, ["onable grounds decision was made on the", "twentieth of February. The Board noted it."]);

        Draw(page, font, LeftColumn, left);
        Draw(page, font, RightColumn, right);
        return builder.Build();
    }

    private static byte[] TablePage()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var full = 595 - (2 * LeftColumn);
        var y = PageTop;
        y = Draw(page, font, LeftColumn, y, Wrap(page, font, "Above the table stands a paragraph that runs across the whole width of the page, as running text on a one-column page does, and it is long enough to take three lines of the page so that the table below it has text above it.", full));
        y -= ParagraphGap;
        foreach (var (label, action) in new[] { ("Police", "Keep a record of every referral made to the national referral mechanism, with the date it was made."), ("Health", "Train every officer who may act as first responder in completing the referral form."), ("Council", "Review the form after a year and report to the Board on how long referrals take.") })
        {
            page.AddText(label, Size, new PdfPoint(LeftColumn, y - Size), font);
            var rowBottom = Draw(page, font, 200, y, Wrap(page, font, action, 300));
            y = rowBottom - ParagraphGap;
        }

        Draw(page, font, LeftColumn, y, Wrap(page, font, "Below the table the running text goes on across the whole width of the page, again long enough to take more than one line of the page.", full));
        return builder.Build();
    }

    private static void Draw(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double left, IEnumerable<List<string>> paragraphs)
    {
        var y = PageTop;
        foreach (var paragraph in paragraphs)
        {
            y = Draw(page, font, left, y, paragraph) - ParagraphGap;
        }
    }

    /// <summary>Lines top down from <paramref name="top"/>; returns where the next line would start.</summary>
    private static double Draw(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, double left, double top, IReadOnlyList<string> lines)
    {
        var y = top;
        foreach (var line in lines)
        {
            page.AddText(line, Size, new PdfPoint(left, y - Size), font);
            y -= Pitch;
        }

        return y;
    }

    /// <summary>A full paragraph of exactly <paramref name="lines"/> lines, closed with a full stop.</summary>
    private static List<string> Paragraph(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string opening, int lines)
    {
        var wrapped = Wrap(page, font, opening + " " + Filler + " " + Filler, ColumnWidth).Take(lines).ToList();
        wrapped[^1] += ".";
        return wrapped;
    }

    private static List<string> Wrap(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string paragraph, double width)
    {
        var lines = new List<string>();
        var current = string.Empty;
        foreach (var word in paragraph.Split(' '))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(page, font, candidate) > width)
            {
                lines.Add(current);
                candidate = word;
            }

            current = candidate;
        }

        lines.Add(current);
        return lines;
    }

    private static double Width(PdfPageBuilder page, PdfDocumentBuilder.AddedFont font, string text)
    {
        var letters = page.MeasureText(text, Size, new PdfPoint(0, 0), font);
        return letters.Count == 0 ? 0 : letters.Max(l => l.BoundingBox.Right) - letters.Min(l => l.BoundingBox.Left);
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var positions = parts.Select(p => text.IndexOf(TextMatching.Normalise(p), StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), "all parts are in the text:\n" + text);
        Assert.That(positions, Is.Ordered, string.Join(" | ", parts) + "\n" + text);
    }
}
