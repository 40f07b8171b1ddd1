using Ingest.Core.Documents;
using Ingest.Pdf;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Cleaning;

/// <summary>
/// A heading's number set apart from it, in body type, joins it ("3" / "The Review Process"); a lone number read just
/// before a heading from somewhere else on the page (a table's last cell, an age, s18) does not.
/// </summary>
public sealed class HeadingLabelTests
{
    [Test]
    public void A_number_beside_its_heading_is_the_headings_number()
    {
        var text = Clean(
            Lines.Make("3", 700, block: 0, left: 72),
            Lines.Make("The Review Process", 700, block: 1, left: 100, size: 16, bold: true),
            Lines.Make("The review followed the approach set out in the guidance of the time.", 670, block: 2));

        Assert.That(text, Does.StartWith("3 The Review Process\n\n"));
    }

    [Test]
    public void A_tables_last_cell_read_before_a_heading_is_not_its_number()
    {
        // The table stands at the foot of the column; the next chapter starts at the top of the next one.
        var text = Clean(
            Lines.Make("46", 130, block: 0, left: 462, size: 9),
            Lines.Make("Chapter 3 The Review Process", 760, block: 1, left: 309, size: 16, bold: true),
            Lines.Make("The review followed the approach set out in the guidance of the time.", 730, block: 2, left: 309));

        Assert.That(text, Does.Contain("46\n\nChapter 3 The Review Process"));
    }

    // Session 25 (s121): a bilingual heading wraps at its slash in a narrow column; the Welsh half is the rest of it, not a heading of its own.
    [Test]
    public void A_heading_line_that_ends_in_a_slash_goes_on_to_the_next_line()
    {
        var text = Clean(
            Lines.Make("4. Background /", 700, block: 0, left: 72, size: 16, bold: true),
            Lines.Make("Cefndir", 681, block: 1, left: 72, size: 16, bold: true),
            Lines.Make("Carys grew up in the town and worked as a teaching assistant.", 655, block: 2));

        Assert.That(text, Does.StartWith("4. Background / Cefndir\n\n"));
    }

    private static string Clean(params LayoutLine[] lines) =>
        PdfExtractor.Clean([Lines.PageOf(1, lines.ToList())], new ExtractionFacts(1, 0, null, null, null, null, false, false), new ExtractOptions()).Text;
}
