using Ingest.Core.Documents;
using Ingest.Pdf;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Cleaning;

/// <summary>
/// The lines of a table cell set a few points in from the body text's left edge (s08's cell padding)
/// make one paragraph, while a column of one-line cells (a glossary's terms) stays one paragraph a row.
/// </summary>
public sealed class TableCellParagraphTests
{
    private const float BodyLeft = 71;
    private const float CellLeft = 74;

    [Test]
    public void The_wrapped_lines_of_a_cell_beside_the_body_texts_edge_make_one_paragraph()
    {
        // Cell lines at an ordinary line pitch (1.2 em); each ends because the next word would not fit in the cell.
        var text = Clean(BodyParagraph().Concat(Cell(9, 1.2f, "Haldon Vale Police should ensure that", "call handlers can see exploitation", "markers when grading a missing report.")));

        Assert.That(text, Does.Contain("Haldon Vale Police should ensure that call handlers can see exploitation markers when grading a missing report."));
    }

    [Test]
    public void A_column_of_one_line_cells_keeps_one_paragraph_a_row()
    {
        // Glossary terms a row apart (1.7 em): each would look full against the widest term, but the
        // row's padding shows they are cells of their own.
        var text = Clean(BodyParagraph().Concat(Cell(11, 1.7f, "CSE", "IMR", "LSCB")));

        Assert.That(text, Does.Contain("CSE\n\nIMR\n\nLSCB"));
    }

    [Test]
    public void The_wrapped_lines_of_a_cell_two_points_in_from_the_body_make_one_paragraph_beside_its_agency_cell()
    {
        // Chromium pads a cell by 2 pt (73 against 71), so the cell's lines chain into the body's column and
        // measure short against its right edge; the lead agency cell level with the first line shows it is a cell.
        var cell = Cell(10, 1.3f, 73, "Revise the notification guidance so that a", "baby seen at any incident is recorded as a child", "present at the address.").ToList();
        var agency = Lines.Make("Pellingford Police", 700, block: 2, left: 395, size: 10);
        var text = Clean(BodyParagraph().Concat(cell).Append(agency));

        Assert.That(text, Does.Contain("Revise the notification guidance so that a baby seen at any incident is recorded as a child present at the address."));
    }

    [Test]
    public void A_signature_block_at_the_body_edge_keeps_its_lines_apart()
    {
        // Nothing stands beside these lines: their block's widest line is no cell's edge.
        var text = Clean(BodyParagraph().Concat(Cell(11, 1.2f, BodyLeft, "Dr Alison Marchetti", "Independent Reviewer", "September 2023")));

        Assert.That(text, Does.Contain("Dr Alison Marchetti\n\nIndependent Reviewer\n\nSeptember 2023"));
    }

    [Test]
    public void A_table_header_repeated_at_the_top_of_the_next_page_is_not_the_rest_of_the_last_cell()
    {
        var first = BodyParagraph().Append(Lines.Make("Pellingford MASH partners", 90, block: 3, left: 395, size: 10)).ToList();
        var second = new[]
        {
            Lines.Make("Recommendation", 780, page: 2, block: 0, left: 73, size: 10, bold: true),
            Lines.Make("Lead agency", 780, page: 2, block: 1, left: 395, size: 10, bold: true),
        };
        var facts = new ExtractionFacts(2, 0, null, null, null, null, false, false);
        var text = PdfExtractor.Clean([Lines.PageOf(1, first), Lines.PageOf(2, second)], facts, new ExtractOptions()).Text;

        Assert.That(text, Does.Contain("Pellingford MASH partners\n\nRecommendation"));
    }

    private static string Clean(IEnumerable<LayoutLine> lines)
    {
        var page = Lines.PageOf(1, lines.ToList());
        return PdfExtractor.Clean([page], new ExtractionFacts(1, 0, null, null, null, null, false, false), new ExtractOptions()).Text;
    }

    /// <summary>Justified body text from the page's left margin to its right, so its column is wide.</summary>
    private static IEnumerable<LayoutLine> BodyParagraph()
    {
        string[] lines =
        [
            "The review makes the following recommendations to the Partnership, and each",
            "recommendation has a lead agency, which will report progress to the Partnership.",
        ];
        return lines.Select((t, i) => Lines.Justify(Lines.Make(t, 780 - (i * 13.2f), block: 0, left: BodyLeft), i == lines.Length - 1 ? null : 523));
    }

    private static IEnumerable<LayoutLine> Cell(double size, float pitchInEm, params string[] lines) => Cell(size, pitchInEm, CellLeft, lines);

    private static IEnumerable<LayoutLine> Cell(double size, float pitchInEm, float left, params string[] lines) =>
        lines.Select((t, i) => Lines.Make(t, 700 - (i * pitchInEm * (float)size), block: 1, left: left, size: size));
}
