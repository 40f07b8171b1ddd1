using Ingest.Core.Evaluation;

namespace Ingest.Tests.Pdf;

/// <summary>
/// Reading order where a list label that layout set apart from its item ("2.", "•") lined up with a
/// paragraph beside it: two such rows once passed for a table and were read in front of the text
/// between them; and a centred running header that layout joined to the right column below it.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class ReadingOrderTests
{
    [Test]
    public void A_two_column_page_ending_in_numbered_recommendations_reads_the_left_column_to_its_end_first()
    {
        // s28 page 5: recommendations 2 and 3 end the right column beside the left column's last paragraph.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s28").Text);

        Assert.That(text, Does.Contain("without information that might have helped him. Once the application was correctly recorded"));
        Assert.That(text, Does.Contain("3. Wyvern Police should ensure that Clare's Law applications from family members are recorded correctly"));
        AssertInOrder(text, "1. Wyvern Police should deliver refresher training", "2. Wyvern Police should require that a DASH assessment", "3. Wyvern Police should ensure");
    }

    [Test]
    public void Two_columns_whose_paragraphs_line_up_row_after_row_are_read_column_by_column()
    {
        // s35 page 5: LibreOffice sets both columns on one line grid, so five paragraphs of the left column
        // line up with five of the right, and the right column opens with the end of the left column's
        // last paragraph ("A positive reas-" / "onable grounds decision ...").
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s35").Text);

        Assert.That(text, Does.Contain("A positive reasonable grounds decision was made on 20th February 2023."));
        AssertInOrder(text, "5.6 The body-worn video", "KPE 3:", "5.7 Marley was taken", "5.8 Marley was interviewed", "5.9 With hindsight", "5.10 Wexcombe Police's child exploitation team", "5.11 The drugs investigation", "KPE 4:", "5.12 Marley went missing", "5.13 Ashvale Police shared", "KPE 5:");
    }

    [Test]
    public void A_short_last_page_of_two_columns_under_a_centred_running_header_reads_the_left_column_first()
    {
        // s76 page 8: the centred running header overlaps the right column, and layout joined the two into
        // one block that started above the left column's heading, so the right column was read first.
        var text = TextMatching.Normalise(ExtractionGoldenTests.Extract("s76").Text);

        Assert.That(text, Does.Contain("NRM: National Referral Mechanism, the framework for identifying victims of modern slavery, to which police and others refer"));
        AssertInOrder(text, "Appendix 3: Abbreviations", "ADHD: attention deficit hyperactivity disorder", "NRM: National Referral Mechanism", "PACE: the Police and Criminal Evidence Act 1984", "RUI: released under investigation");
    }

    [Test]
    public void A_table_whose_cells_wrap_is_read_row_by_row()
    {
        // s81 page 9, s65's glossary and s52's timeline: layout joined each column's cells into one block, because a two-line cell
        // leaves no row to line up with the next column, so the abbreviations came before all their meanings.
        var glossary = TextMatching.Normalise(ExtractionGoldenTests.Extract("s81").Text);
        AssertInOrder(glossary, "Abbreviation", "Meaning", "DASH", "Domestic Abuse, Stalking and Harassment", "DVPN / DVPO", "Domestic violence protection notice", "HO", "Home Office", "HP", "Harlowmere Police", "KCSP", "Kesterfield Community Safety Partnership");

        // s65 page 9: the section's heading, the header cell and the first row's cell were one block, whose heading made
        // a row's spacing look like a line's.
        var joined = TextMatching.Normalise(ExtractionGoldenTests.Extract("s65").Text);
        AssertInOrder(joined, "Section G: Glossary Term Meaning DASH Domestic Abuse, Stalking and Harassment", "DVPN / DVPO Domestic Violence Protection Notice", "IDVA Independent Domestic Violence Advocate.");

        var timeline = TextMatching.Normalise(ExtractionGoldenTests.Extract("s52").Text);
        AssertInOrder(timeline, "11 October 2022", "Report to Action Fraud", "17 November 2022", "Fraud safeguarding visit by Heddlu Bro Tawe", "22 November 2022", "PPN screened by Adult Services");
    }

    [TestCase("s23", "2.1 Terms of reference", "What effect did the pandemic have on services?", "2.2 Method", "Individual Management Reviews were provided by:", "Harbour Housing, the supported housing provider")]
    [TestCase("s10", "9. Recommendations", "9.1 The review makes the following recommendations", "3. The LSCB should seek assurance", "7. All agencies should ensure")]
    public void Bulleted_and_numbered_items_stay_in_place(string id, params string[] inOrder) =>
        AssertInOrder(TextMatching.Normalise(ExtractionGoldenTests.Extract(id).Text), inOrder);

    private static void AssertInOrder(string text, params string[] parts)
    {
        var positions = parts.Select(p => text.LastIndexOf(TextMatching.Normalise(p), StringComparison.Ordinal)).ToList();
        Assert.That(positions, Has.None.EqualTo(-1), "all parts are in the text");
        Assert.That(positions, Is.Ordered, string.Join(" | ", parts));
    }
}
