using Ingest.Core.Documents;
using Ingest.Pdf;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Cleaning;

/// <summary>
/// A numbered "Notes" list at the end of a review (Word's endnotes; Chromium's notes) is kept apart from the
/// body as footnotes are, and linked to the marks raised in the text; other numbered lists stay body text.
/// </summary>
public sealed class EndnoteTests
{
    private static ExtractedText Clean(params LayoutPage[] pages) =>
        PdfExtractor.Clean(pages, new ExtractionFacts(pages.Length, 0, null, null, null, null, false, false), new ExtractOptions());

    /// <summary>A body line ending in a raised, small note mark.</summary>
    private static LayoutLine WithMark(LayoutLine line, string mark)
    {
        var right = line.Box.Right;
        var glyphs = mark.Select((c, i) => new Glyph(c.ToString(), new PageBox(right + (i * 3.5f), line.Box.Top - 4, right + ((i + 1) * 3.5f), line.Box.Top + 2), 6.3, false)).ToList();
        var box = glyphs.Select(g => g.Box).Aggregate(PageBox.Union);
        return line.WithWords([.. line.Words, new LayoutWord(glyphs, box)], PageBox.Union(line.Box, box));
    }

    private static LayoutPage Page(int number, params LayoutLine[] lines) => new(number, 595, 842, lines, [], false);

    private static LayoutPage FirstPage(string firstMark = "1", string secondMark = "2") => Page(
        1,
        WithMark(Lines.Make("The Partnership commissioned this review under the statutory guidance.", 700, block: 0), firstMark),
        Lines.Make("A panel of senior managers from the agencies oversaw the work.", 686.8f, block: 0),
        WithMark(Lines.Make("The force's agency report was written by a detective inspector.", 660, block: 1), secondMark),
        Lines.Make("Every agency gave a chronology of its contacts with the family.", 646.8f, block: 1));

    [Test]
    public void A_numbered_notes_list_at_the_end_is_kept_apart_and_linked_to_its_marks()
    {
        var last = Page(
            2,
            Lines.Make("The Board accepted all of the recommendations in March 2024.", 700, page: 2, block: 0),
            Lines.Make("Notes", 660, page: 2, block: 1, size: 14, bold: true),
            Lines.Make("1. HM Government (2023) Working Together to Safeguard Children,", 640, page: 2, block: 2),
            Lines.Make("chapter 5.", 626.8f, page: 2, block: 2),
            Lines.Make("2. The force's public protection unit, not its professional standards.", 610, page: 2, block: 3));

        var text = Clean(FirstPage(), last);

        Assert.That(text.Text, Does.Not.Contain("Notes").And.Not.Contain("Working Together").And.Not.Contain("professional standards"));
        Assert.That(text.Text, Does.EndWith("recommendations in March 2024."));
        Assert.That(text.Footnotes.Select(f => (f.Mark, f.Text)), Is.EqualTo(new[]
        {
            ("1", "HM Government (2023) Working Together to Safeguard Children, chapter 5."),
            ("2", "The force's public protection unit, not its professional standards."),
        }));
        Assert.That(text.Footnotes.Select(f => f.ReferenceOffset), Has.All.GreaterThan(0));
        Assert.That(text.Footnotes[1].ReferenceOffset, Is.GreaterThan(text.Footnotes[0].ReferenceOffset), "each note points at its own mark");
    }

    [Test]
    public void Endnotes_that_run_over_two_pages_are_each_one_note_on_the_page_where_they_start()
    {
        var notesStart = Page(
            2,
            Lines.Make("Endnotes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("1. Care Act 2014, section 44.", 680, page: 2, block: 1),
            Lines.Make("2. The figures were given by the force's analyst and cover the", 100, page: 2, block: 2));
        var notesEnd = Page(
            3,
            Lines.Make("whole of the review period.", 780, page: 3, block: 0),
            Lines.Make("3. Section 136 of the Mental Health Act 1983.", 760, page: 3, block: 1));
        var first = FirstPage();
        first = first with { Lines = [.. first.Lines, WithMark(Lines.Make("Officers used section 136 twice that year.", 620, block: 2), "3")] };

        var text = Clean(first, notesStart, notesEnd);

        Assert.That(text.Footnotes.Select(f => (f.Mark, f.Page)), Is.EqualTo(new[] { ("1", 2), ("2", 2), ("3", 3) }));
        Assert.That(text.Footnotes[1].Text, Does.EndWith("cover the whole of the review period."));
        Assert.That(text.Text, Does.Not.Contain("whole of the review period"));
    }

    [Test]
    public void A_numbered_list_under_a_notes_line_stays_in_the_body_when_no_mark_in_the_text_points_at_it()
    {
        var page = Page(
            1,
            Lines.Make("The panel met four times between May and October 2023.", 700, block: 0),
            Lines.Make("Notes", 660, block: 1, size: 14, bold: true),
            Lines.Make("1. The chair met the family at their home.", 640, block: 2),
            Lines.Make("2. The police panel member left the force in August.", 620, block: 3));

        var text = Clean(page);

        Assert.That(text.Footnotes, Is.Empty);
        Assert.That(text.Text, Does.Contain("1. The chair met the family at their home.").And.Contain("Notes"));
    }

    [Test]
    public void A_notes_list_followed_by_more_of_the_review_is_not_read_as_endnotes()
    {
        var last = Page(
            2,
            Lines.Make("Notes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("1. The chair met the family at their home.", 680, page: 2, block: 1),
            Lines.Make("2. The police panel member left the force in August.", 660, page: 2, block: 2),
            Lines.Make("Appendix A: Terms of reference", 620, page: 2, block: 3, size: 14, bold: true),
            Lines.Make("The review will consider the contact of every agency with the family.", 600, page: 2, block: 4));

        var text = Clean(FirstPage(), last);

        Assert.That(text.Footnotes, Is.Empty);
        Assert.That(text.Text, Does.Contain("The chair met the family at their home.").And.Contain("Appendix A"));
    }

    [Test]
    public void A_list_whose_labels_the_text_does_not_raise_is_not_read_as_endnotes()
    {
        var last = Page(
            2,
            Lines.Make("Notes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("7. The chair met the family at their home.", 680, page: 2, block: 1),
            Lines.Make("8. The police panel member left the force in August.", 660, page: 2, block: 2));

        var text = Clean(FirstPage(), last);

        Assert.That(text.Footnotes, Is.Empty);
        Assert.That(text.Text, Does.Contain("7. The chair met the family at their home."));
    }

    [Test]
    public void Notes_printed_in_the_order_of_their_marks_are_read_whatever_their_numbers()
    {
        // The text raises note 2 before note 1, and the list follows the text.
        var last = Page(
            2,
            Lines.Make("Notes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("2. Methadone is a synthetic opioid.", 680, page: 2, block: 1),
            Lines.Make("1. HM Government (2010) Working Together, chapter 8.", 660, page: 2, block: 2));

        var text = Clean(FirstPage("2", "1"), last);

        Assert.That(text.Footnotes.Select(f => f.Mark), Is.EqualTo(new[] { "2", "1" }));
        Assert.That(text.Text, Does.Not.Contain("Methadone"));
    }

    [Test]
    public void A_note_in_the_second_column_starts_a_note_and_an_indented_line_continues_one()
    {
        var last = Page(
            2,
            Lines.Make("Notes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("1. The panel counted 20 calls in the year", 680, page: 2, block: 1, left: 72),
            Lines.Make("2 of them after midnight.", 668, page: 2, block: 1, left: 91),
            Lines.Make("2. Figures from the force's own records.", 680, page: 2, block: 2, left: 309));

        var text = Clean(FirstPage(), last);

        Assert.That(text.Footnotes.Select(f => (f.Mark, f.Text)), Is.EqualTo(new[]
        {
            ("1", "The panel counted 20 calls in the year 2 of them after midnight."),
            ("2", "Figures from the force's own records."),
        }));
    }

    [Test]
    public void A_lettered_note_whose_label_stands_on_its_own_line_is_one_note_without_its_label()
    {
        var first = Page(1, WithMark(Lines.Make("The review was held under the Act and its guidance.", 700, block: 0), "a"));
        var last = Page(
            2,
            Lines.Make("Notes", 700, page: 2, block: 0, size: 14, bold: true),
            Lines.Make("a.", 680, page: 2, block: 1),
            Lines.Make("Social Services and Well-being (Wales) Act 2014, Part 7.", 668, page: 2, block: 2));

        var note = Clean(first, last).Footnotes.Single();

        Assert.That((note.Mark, note.Text), Is.EqualTo(("a", "Social Services and Well-being (Wales) Act 2014, Part 7.")));
    }
}
