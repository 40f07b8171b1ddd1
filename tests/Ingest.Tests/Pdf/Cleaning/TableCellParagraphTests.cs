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

    private static IEnumerable<LayoutLine> Cell(double size, float pitchInEm, params string[] lines) =>
        lines.Select((t, i) => Lines.Make(t, 700 - (i * pitchInEm * (float)size), block: 1, left: CellLeft, size: size));
}
