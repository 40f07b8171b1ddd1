using Ingest.Core.Evaluation;

namespace Ingest.Tests.Pdf.Layout;

/// <summary>
/// Table cells that wrap onto several lines are read whole, row by row, even where layout analysis
/// gave a cell's second line a block of its own or joined two cells across a narrow gutter.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class TableCellsTests
{
    [Test]
    public void A_wrapped_owner_cell_is_read_whole_before_the_evidence_cell_beside_it()
    {
        // s55 page 7 (Chromium): "Merrow Valley Police;" / "Compass Youth" once came out with the
        // evidence cell between its two lines.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s55").Text);

        AssertInOrder(
            text,
            "Merrow Valley Police and Compass Youth should agree that information from every return home interview",
            "Merrow Valley Police; Compass Youth",
            "A dip sample of 20 return home interviews showing the information recorded on police systems.");
    }

    [Test]
    public void A_row_that_layout_read_as_one_block_across_its_columns_keeps_its_cells_apart()
    {
        // s55 page 7: the three-line owner cell of this row was joined to the evidence cell beside it,
        // so the row lined up with nothing and its last owner line ("Care; Merrow Valley Police") trailed the evidence.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s55").Text);

        AssertInOrder(
            text,
            "The Partnership should agree a protocol for children in custody overnight",
            "Hexley Safeguarding Children Partnership; Children's Social Care; Merrow Valley Police",
            "The number of children held overnight in custody reported to the Partnership every quarter.");
    }

    [Test]
    public void A_cell_joined_to_the_next_cell_across_a_narrow_gutter_is_cut_at_the_column_edge()
    {
        // s55 page 7, last row: "Hexley Safeguarding Children" and "A reply from the Home Office," once
        // came out as one line, with "Partnership" and "reported to the executive." after it.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s55").Text);

        AssertInOrder(
            text,
            "The Partnership should write to the Home Office about delays in National Referral Mechanism decisions for children.",
            "Hexley Safeguarding Children Partnership A reply from the Home Office, reported to the executive.");
    }

    [Test]
    public void A_joined_row_above_the_rows_found_first_is_cut_into_its_cells()
    {
        // s56 page 7 (LibreOffice, two columns): "Detective Superintendent," and "Penharrow Constabulary"
        // were one line across a 5 pt gutter, so the row lined up with nothing and the cell's second
        // line ("Public Protection") followed the organisation.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s56").Text);

        AssertInOrder(
            text,
            "Head of Safeguarding Kellisford Council Adult Social Care",
            "Detective Superintendent, Public Protection Penharrow Constabulary",
            "Associate Director of Nursing Penharrow and Tamar Partnership NHS Trust");
    }

    [Test]
    public void A_justified_line_whose_stretched_space_falls_at_a_column_edge_is_not_cut()
    {
        // s18 page 2: a justified paragraph's word ("Individual") starts where a table column does.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s18").Text);

        Assert.That(text, Does.Contain("each agency with relevant involvement completed an Individual Management Review (IMR) and a chronology"));
    }

    private static void AssertInOrder(string text, params string[] parts)
    {
        var positions = parts.Select(p => text.IndexOf(TextMatching.Normalise(p), StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), "all parts are in the text");
        Assert.That(positions, Is.Ordered, string.Join(" | ", parts));
    }
}
