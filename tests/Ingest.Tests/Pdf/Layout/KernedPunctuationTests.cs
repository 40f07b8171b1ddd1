using Ingest.Core.Documents;
using Ingest.Pdf.Layout;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Layout;

/// <summary>A full stop kerned under a letter's overhang ("V.") stays with its word when lines are rebuilt.</summary>
public sealed class KernedPunctuationTests
{
    private static LayoutWord Word(string text, float left, float right, float bottom = 700, double size = 17)
    {
        var width = (right - left) / text.Length;
        var glyphs = text.Select((c, i) => new Glyph(c.ToString(), new PageBox(left + (i * width), bottom, left + ((i + 1) * width), bottom + (float)size), size, true)).ToList();
        return new LayoutWord(glyphs, new PageBox(left, bottom, right, bottom + (float)size));
    }

    [Test]
    public void A_full_stop_that_starts_under_the_last_letter_belongs_to_its_word()
    {
        // LibreOffice's "IV. The Family's Voice": the stop starts 2 pt before the V ends.
        var words = new[] { Word("IV", 71, 89.9f), Word(".", 87.7f, 91.9f), Word("The", 95.9f, 124.2f), Word("Voice", 128.5f, 170) };

        var line = LineRegrouper.Regroup(1, 0, words).Single();

        Assert.That(line.Text, Is.EqualTo("IV. The Voice"));
    }

    [Test]
    public void Punctuation_after_a_real_gap_and_touching_marks_are_left_as_they_are()
    {
        // A stop set apart by a word space (a dot leader, an ellipsis) is its own word.
        var words = new[] { Word("Introduction", 71, 160), Word(".", 163, 166), Word(".", 169, 172) };

        var line = LineRegrouper.Regroup(1, 0, words).Single();

        Assert.That(line.Text, Is.EqualTo("Introduction . ."));
    }
}
