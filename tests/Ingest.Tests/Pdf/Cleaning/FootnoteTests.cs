using Ingest.Core.Documents;
using Ingest.Pdf;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Cleaning;

/// <summary>Footnotes at the foot of a page are taken out of the body text and linked to their marks.</summary>
public sealed class FootnoteTests
{
    private static ExtractedText Clean(LayoutPage page) =>
        PdfExtractor.Clean([page], new ExtractionFacts(1, 0, null, null, null, null, false, false), new ExtractOptions());

    /// <summary>A body line ending in a raised, small footnote mark.</summary>
    private static LayoutLine WithMark(LayoutLine line, string mark)
    {
        var right = line.Box.Right;
        var glyph = new Glyph(mark, new PageBox(right, line.Box.Top - 4, right + 3.5f, line.Box.Top + 2), 6.3, false);
        var words = line.Words.Append(new LayoutWord([glyph], glyph.Box)).ToList();
        return line.WithWords(words, PageBox.Union(line.Box, glyph.Box));
    }

    [Test]
    public void Note_numbers_that_layout_set_apart_from_two_line_notes_still_make_footnotes()
    {
        // LibreOffice's note area as Docstrum reads it: the numbers in one block, the texts (one note
        // over two lines) in the next, each number on the baseline of its note's first line.
        var body = new[]
        {
            WithMark(Lines.Make("The board decided that the criteria for a review were met.", 400, block: 0), "1"),
            WithMark(Lines.Make("The review followed the statutory guidance of the time.", 386.8f, block: 0), "2"),
            Lines.Make("A panel of senior managers from the agencies involved oversaw the work,", 360, block: 3),
            Lines.Make("with an independent chair and an independent overview author who wrote", 346.8f, block: 3),
            Lines.Make("this report after reading the management reviews of all the agencies.", 333.6f, block: 3),
        };
        var notes = new[]
        {
            Lines.Make("1", 104, block: 1, left: 71, size: 9),
            Lines.Make("2", 93, block: 1, left: 71, size: 9),
            Lines.Make("The Local Safeguarding Children Boards Regulations 2006.", 104, block: 2, left: 85, size: 9),
            Lines.Make("HM Government (2013) Working Together, Chapter 4; the review was", 93, block: 2, left: 85, size: 9),
            Lines.Make("begun under the 2010 edition.", 82, block: 2, left: 85, size: 9),
        };
        var separator = new Rule(new PageBox(71, 110, 184, 110.5f));
        var page = new LayoutPage(1, 595, 842, [.. body, .. notes], [separator], false);

        var text = Clean(page);

        Assert.That(text.Text, Does.Not.Contain("Regulations 2006").And.Not.Contain("2010 edition"));
        Assert.That(text.Footnotes.Select(f => (f.Mark, f.Text)), Is.EqualTo(new[]
        {
            ("1", "The Local Safeguarding Children Boards Regulations 2006."),
            ("2", "HM Government (2013) Working Together, Chapter 4; the review was begun under the 2010 edition."),
        }));
        Assert.That(text.Footnotes.Select(f => f.ReferenceOffset), Has.All.GreaterThan(0));
    }

    [Test]
    public void A_mark_set_before_the_full_stop_leaves_no_space_before_it()
    {
        // "Review¹." as PDFsharp draws it: the raised mark, then the full stop at body size, each a word of its own.
        var line = WithMark(Lines.Make("The Partnership decided to commission a Domestic Homicide Review", 400, block: 0), "1");
        var stop = new Glyph(".", new PageBox(line.Box.Right + 0.5f, line.Box.Bottom, line.Box.Right + 3.5f, line.Box.Bottom + 9), 11, false);
        var marked = line.WithWords([.. line.Words, new LayoutWord([stop], stop.Box)], PageBox.Union(line.Box, stop.Box));
        var notes = new[] { Lines.Make("1 Domestic Violence, Crime and Victims Act 2004, section 9.", 104, block: 1, left: 71, size: 9) };
        var page = new LayoutPage(1, 595, 842, [marked, .. notes], [new Rule(new PageBox(71, 110, 184, 110.5f))], false);

        var text = Clean(page);

        Assert.That(text.Text, Does.Contain("commission a Domestic Homicide Review. ").Or.EndWith("commission a Domestic Homicide Review."));
        Assert.That(text.Footnotes.Select(f => f.Mark), Is.EqualTo(new[] { "1" }));
    }

    [Test]
    public void A_word_the_producer_broke_at_a_footnote_line_end_is_joined_and_a_compound_kept()
    {
        var body = new[]
        {
            WithMark(Lines.Make("The force followed its guidance on handling forced marriage cases.", 400, block: 0), "1"),
            Lines.Make("The panel read the child-centred plans and the multi-agency minutes.", 386.8f, block: 0),
        };
        var notes = new[]
        {
            Lines.Make("1 Forced Marriage Unit (2022) Multi-agency guidelines: hand-", 104, block: 1, left: 71, size: 9),
            Lines.Make("ling cases of forced marriage; a child-", 93, block: 1, left: 71, size: 9),
            Lines.Make("centred approach is expected.", 82, block: 1, left: 71, size: 9),
        };
        var separator = new Rule(new PageBox(71, 110, 184, 110.5f));
        var page = new LayoutPage(1, 595, 842, [.. body, .. notes], [separator], false);

        var note = Clean(page).Footnotes.Single();

        Assert.That(note.Text, Is.EqualTo("Forced Marriage Unit (2022) Multi-agency guidelines: handling cases of forced marriage; a child-centred approach is expected."));
    }

    [Test]
    public void A_numbered_table_row_under_the_rule_above_it_stays_in_the_body()
    {
        // A ruled recommendations table in a smaller font at the foot of a page: the rule above row 3
        // starts at the body's margin and row 3 starts with "3.", as a note would; its other cells on
        // the same baseline show it is a row.
        var body = new[]
        {
            Lines.Make("The partners have accepted all of the recommendations below.", 420, block: 0),
            Lines.Make("Each will be reviewed by the Partnership every six months.", 406.8f, block: 0),
        };
        var row = new[]
        {
            Lines.Make("3. Cawthorne Police should flag to the", 104, block: 1, left: 72, size: 9),
            Lines.Make("sergeant any child searched twice.", 93, block: 1, left: 72, size: 9),
            Lines.Make("Police", 104, block: 2, left: 300, size: 9),
            Lines.Make("Sept '25", 104, block: 3, left: 400, size: 9),
        };
        var rowRule = new Rule(new PageBox(72, 112, 230, 112.5f));
        var page = new LayoutPage(1, 595, 842, [.. body, .. row], [rowRule], false);

        var text = Clean(page);

        Assert.That(text.Footnotes, Is.Empty);
        Assert.That(text.Text, Does.Contain("3. Cawthorne Police should flag to the"));
    }

    [Test]
    public void Note_numbers_beside_their_notes_under_a_rule_are_notes_even_without_marks_found_in_the_body()
    {
        var body = new[]
        {
            Lines.Make("The board decided that the criteria for a review were met.", 400, block: 0),
            Lines.Make("A panel of senior managers from the agencies oversaw the work.", 386.8f, block: 0),
        };
        var notes = new[]
        {
            Lines.Make("1", 104, block: 1, left: 72, size: 9),
            Lines.Make("The Local Safeguarding Children Boards Regulations 2006.", 104, block: 2, left: 85, size: 9),
        };
        var separator = new Rule(new PageBox(72, 110, 184, 110.5f));
        var page = new LayoutPage(1, 595, 842, [.. body, .. notes], [separator], false);

        var text = Clean(page);

        Assert.That(text.Text, Does.Not.Contain("Regulations 2006"));
        Assert.That(text.Footnotes.Select(f => f.Mark), Is.EqualTo(new[] { "1" }));
    }
}
