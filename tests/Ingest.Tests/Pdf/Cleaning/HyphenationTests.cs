using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Pdf;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Cleaning;

/// <summary>Line-end hyphens: which are the producer's (removed) and which are the author's (kept).</summary>
public sealed class HyphenationTests
{
    private static string Clean(params LayoutPage[] pages) =>
        PdfExtractor.Clean(pages, new ExtractionFacts(pages.Length, 0, null, null, null, null, false, false), new ExtractOptions()).Text;

    [Test]
    public void A_compound_hyphen_at_a_line_end_is_kept()
    {
        var text = Clean(Lines.Page(1, "The review heard from the multi-", "agency panel about the strategy discussion."));
        Assert.That(text, Does.Contain("multi-agency panel"));
    }

    [Test]
    public void A_number_before_a_unit_keeps_its_hyphen_at_a_line_end()
    {
        // s56 (LibreOffice, hyphenation off): "twelve-" / "month" came out "twelvemonth", and the
        // broken-looking hyphen itself made the document look hyphenated by its producer.
        var text = Clean(Lines.Page(1, "The training is evaluated by reviewing body-worn video over a twelve-", "month period, and the board hears the result."));
        Assert.That(text, Does.Contain("over a twelve-month period"));
    }

    [Test]
    public void A_layout_hyphen_is_removed_when_the_document_writes_the_word_whole()
    {
        var text = Clean(Lines.Page(1, "The safeguarding partners met in May. The board asked for safe-", "guarding training to be refreshed for all officers."));
        Assert.That(text, Does.Contain("for safeguarding training"));
    }

    [Test]
    public void Chromium_hyphen_and_soft_hyphen_are_always_removed()
    {
        var text = Clean(Lines.Page(1, "The officers made an assess\u2010", "ment of the risk and a refer\u00AD", "ral to children's social care."));
        Assert.That(text, Does.Contain("an assessment of the risk and a referral to"));
    }

    [Test]
    public void The_same_word_broken_at_two_line_ends_is_still_repaired()
    {
        var text = Clean(Lines.Page(1, "Children's Social Care held the case. The chil-", "dren were seen twice. Later the chil-", "dren were seen again by the school."));
        Assert.That(text, Does.Contain("The children were seen twice. Later the children were seen again"));
    }

    [TestCase("The case was com-", "missioned by the board in May.", "was commissioned by")]
    [TestCase("The review found that COVID-", "19 restrictions limited home visits.", "that COVID-19 restrictions")]
    [TestCase("There was no follow-", "up visit. A follow call was made and it was up to the team.", "no follow-up visit")]
    [TestCase("Adult D lived in self-", "neglect for many months before the review.", "in self-neglect for")]
    [TestCase("The risk of so-called 'honour'-", "based abuse was not assessed.", "so-called 'honour'-based abuse")]
    public void The_document_decides_what_a_line_end_hyphen_is(string line1, string line2, string expected)
    {
        Assert.That(Clean(Lines.Page(1, line1, line2)), Does.Contain(expected));
    }

    // LibreOffice prints its own hyphen and the author's with the same U+002D glyph.
    [TestCase("The call is screened for hostility, who-", "ever makes it. The officer who took it was ever careful.", "hostility, whoever makes")]
    [TestCase("Stephen never understood why the police called the name-", "calling just kids being kids.", "called the name-calling just")]
    [TestCase("Child A, who was four-", "teen at the time, and a fourteen-year-old friend gave evidence.", "who was fourteen at the time")]
    public void A_closed_word_and_a_known_compound_are_told_apart(string line1, string line2, string expected)
    {
        Assert.That(Clean(Lines.Page(1, line1, line2)), Does.Contain(expected));
    }

    [Test]
    public void A_document_its_producer_did_not_hyphenate_keeps_every_line_end_hyphen()
    {
        var text = Clean(Lines.Page(1, "Officers checked the school-", "issued laptop at the school on the day of the visit."));
        Assert.That(text, Does.Contain("the school-issued laptop"));
    }

    [Test]
    public void A_first_syllable_that_is_also_a_prefix_is_the_producers_in_a_hyphenated_document()
    {
        var text = Clean(Lines.Page(1, "The case was com-", "missioned in May. Qualified social workers need pro-", "tected time and supervision."));
        Assert.That(text, Does.Contain("need protected time"));
    }

    // s63 (LibreOffice, hyphenated): "can-" / "did" stayed "can-did" because both halves are words the
    // review uses; the whole is a word too, so the break is the producer's.
    [TestCase("Reviews are com-", "missioned by the board. The police summary was short but can-", "did about what the officers did and did not do.", "short but candid about")]
    [TestCase("Reviews are com-", "missioned by the board. She of-", "ten stayed with her aunt for ten days and was one of them.", "She often stayed")]
    public void A_dictionary_word_whose_halves_are_words_is_joined_in_a_hyphenated_document(string line1, string line2, string line3, string expected)
    {
        Assert.That(Clean(Lines.Page(1, line1, line2, line3)), Does.Contain(expected));
    }

    [TestCase("The case was com-", "missioned in May. The panel reviewed the set-", "up of the hub and the set of cases it took up.", "the set-up of the hub")]
    public void A_compound_reviews_write_with_a_hyphen_keeps_it_although_its_closed_form_is_a_word(string line1, string line2, string line3, string expected)
    {
        Assert.That(Clean(Lines.Page(1, line1, line2, line3)), Does.Contain(expected));
    }
}
