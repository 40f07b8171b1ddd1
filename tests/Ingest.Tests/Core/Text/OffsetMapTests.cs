using System.Text;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Pdf;
using Ingest.Tests.Support;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace Ingest.Tests.Core.Text;

/// <summary>
/// The offset map is what lets the UI highlight evidence on the page: every character of the cleaned
/// text must lead back to the page and the glyphs it came from.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed partial class OffsetMapTests
{
    private const string SampleId = "s01";

    private static readonly Lazy<(byte[] Bytes, ExtractedText Extracted)> Sample = new(() =>
    {
        var bytes = File.ReadAllBytes(Path.Combine(Repo.Samples, SampleId, SampleId + ".pdf"));
        return (bytes, new PdfExtractor(new ExtractOptions()).Extract(bytes, CancellationToken.None));
    });

    [Test]
    public void Serialize_then_Deserialize_gives_back_every_entry()
    {
        var map = new OffsetMap();
        map.Add(new CharLocation(1, new PageBox(72.25f, 700.5f, 78.125f, 712f), false));
        map.Add(new CharLocation(1, new PageBox(72.25f, 700.5f, 78.125f, 712f), true));
        map.Add(new CharLocation(2, new PageBox(0f, 0f, 595.3f, 841.89f), false));
        map.Add(new CharLocation(999, new PageBox(-10.5f, -3f, 1e4f, 2e4f), true));
        map.Add(new CharLocation(32767, default, false));

        var back = OffsetMap.Deserialize(map.Serialize());

        Assert.That(back.Count, Is.EqualTo(map.Count));
        for (var i = 0; i < map.Count; i++)
        {
            Assert.That(back[i], Is.EqualTo(map[i]), $"entry {i}");
        }
    }

    [Test]
    public void An_empty_map_round_trips()
    {
        Assert.That(OffsetMap.Deserialize(new OffsetMap().Serialize()).Count, Is.Zero);
    }

    [Test]
    public void The_map_of_a_real_document_round_trips()
    {
        var map = Sample.Value.Extracted.OffsetMap;

        var back = OffsetMap.Deserialize(map.Serialize());

        Assert.That(back.Count, Is.EqualTo(map.Count));
        var differences = Enumerable.Range(0, map.Count).Count(i => back[i] != map[i]);
        Assert.That(differences, Is.Zero);
    }

    [Test]
    public void BoxesFor_joins_the_glyphs_of_one_line_and_skips_inserted_characters()
    {
        var map = new OffsetMap();
        map.Add(new CharLocation(1, new PageBox(10, 100, 15, 110), false)); // "a"
        map.Add(new CharLocation(1, new PageBox(15, 100, 20, 110), false)); // "b"
        map.Add(new CharLocation(1, new PageBox(15, 100, 20, 110), true));  // " "
        map.Add(new CharLocation(1, new PageBox(10, 80, 15, 90), false));   // "c" on the next line
        map.Add(new CharLocation(2, new PageBox(10, 80, 15, 90), false));   // "d" on the next page

        var boxes = map.BoxesFor(0, 5);

        Assert.That(boxes, Is.EqualTo(new[]
        {
            (1, new PageBox(10, 100, 20, 110)),
            (1, new PageBox(10, 80, 15, 90)),
            (2, new PageBox(10, 80, 15, 90)),
        }));
        Assert.That(map.BoxesFor(2, 3), Is.Empty, "a span of separators only has nothing to highlight");
        Assert.That(map.BoxesFor(3, 100), Has.Count.EqualTo(2), "a span past the end is clipped");
    }

    [Test]
    public void A_real_document_has_one_map_entry_per_character()
    {
        var x = Sample.Value.Extracted;

        Assert.That(x.Text, Is.Not.Empty);
        Assert.That(x.OffsetMap.Count, Is.EqualTo(x.Text.Length));
    }

    [Test]
    public void Every_glyph_maps_to_the_page_whose_range_holds_it()
    {
        var x = Sample.Value.Extracted;
        Assert.That(x.Pages, Has.Count.EqualTo(x.Facts.PageCount));

        var wrong = new List<string>();
        for (var i = 0; i < x.Text.Length; i++)
        {
            var c = x.OffsetMap[i];
            if (c.Inserted)
            {
                continue;
            }

            var holder = x.Pages.Where(p => p.Start <= i && i < p.End).Select(p => p.Number).ToList();
            if (holder.Count != 1 || holder[0] != c.Page)
            {
                wrong.Add($"offset {i} '{x.Text[i]}': map says page {c.Page}, page ranges say {string.Join(",", holder)}");
            }
        }

        Assert.That(wrong, Is.Empty);
    }

    [Test]
    public void Separators_are_flagged_inserted_and_letters_are_not()
    {
        var x = Sample.Value.Extracted;

        var insertedLetters = Enumerable.Range(0, x.Text.Length).Where(i => char.IsLetterOrDigit(x.Text[i]) && x.OffsetMap[i].Inserted).ToList();
        var glyphLineBreaks = Enumerable.Range(0, x.Text.Length).Where(i => x.Text[i] == '\n' && !x.OffsetMap[i].Inserted).ToList();
        var insertedSpaces = Enumerable.Range(0, x.Text.Length).Count(i => x.Text[i] == ' ' && x.OffsetMap[i].Inserted);

        Assert.That(insertedLetters, Is.Empty, "letters and digits are glyphs of the PDF");
        Assert.That(glyphLineBreaks, Is.Empty, "line breaks are made by the cleaner");
        Assert.That(x.Text, Does.Contain("\n\n"));
        Assert.That(insertedSpaces, Is.GreaterThan(0), "the spaces between words are made by the cleaner");
    }

    /// <summary>One word per page with body text: a word of 7+ letters that occurs once in the whole document, from the middle of the page.</summary>
    private static IEnumerable<(int Page, int Start, string Word)> WordsToCheck(ExtractedText x)
    {
        var counts = Word().Matches(x.Text).GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        foreach (var page in x.Pages.Where(p => p.End > p.Start))
        {
            var middle = page.Start + ((page.End - page.Start) / 2);
            var candidates = Word().Matches(x.Text[page.Start..page.End])
                .Where(m => m.Value.Length >= 7 && counts[m.Value] == 1)
                .OrderBy(m => Math.Abs(page.Start + m.Index - middle))
                .ToList();
            if (candidates.Count > 0)
            {
                yield return (page.Number, page.Start + candidates[0].Index, candidates[0].Value);
            }
        }
    }

    [Test]
    public void A_word_maps_to_its_page_and_a_box_inside_that_page()
    {
        var x = Sample.Value.Extracted;
        var words = WordsToCheck(x).ToList();
        Assert.That(words, Has.Count.GreaterThanOrEqualTo(x.Pages.Count - 1), "a word found on (nearly) every page");

        foreach (var (pageNumber, start, word) in words)
        {
            var page = x.Pages.Single(p => p.Number == pageNumber);
            var boxes = x.OffsetMap.BoxesFor(start, start + word.Length);

            Assert.That(boxes, Has.Count.EqualTo(1), $"'{word}' lies on one line");
            var (mappedPage, box) = boxes[0];
            Assert.That(mappedPage, Is.EqualTo(pageNumber), $"'{word}' at offset {start}");
            Assert.That(box.Right, Is.GreaterThan(box.Left), $"'{word}' box has a width");
            Assert.That(box.Top, Is.GreaterThan(box.Bottom), $"'{word}' box has a height");
            Assert.That(box.Left, Is.GreaterThanOrEqualTo(0f).And.LessThan(page.Width), $"'{word}' {box}");
            Assert.That(box.Right, Is.LessThanOrEqualTo(page.Width), $"'{word}' {box}");
            Assert.That(box.Bottom, Is.GreaterThanOrEqualTo(0f).And.LessThan(page.Height), $"'{word}' {box}");
            Assert.That(box.Top, Is.LessThanOrEqualTo(page.Height), $"'{word}' {box}");
        }
    }

    [Test]
    public void The_letters_inside_a_word_box_spell_the_word_in_the_PDF()
    {
        var (bytes, x) = Sample.Value;
        var words = WordsToCheck(x).ToList();
        Assume.That(words, Is.Not.Empty);

        using var pdf = PdfDocument.Open(bytes);
        foreach (var (pageNumber, start, word) in words)
        {
            var (mappedPage, box) = x.OffsetMap.BoxesFor(start, start + word.Length).Single();
            var page = pdf.GetPage(mappedPage);

            var spelled = LettersInside(page, box);

            Assert.That(spelled, Is.EqualTo(word), $"letters inside the box of '{word}' on page {pageNumber}");
        }
    }

    /// <summary>The letters of the page whose centre lies in the box, left to right, ligatures spelled out.</summary>
    private static string LettersInside(Page page, PageBox box)
    {
        var inside = page.Letters
            .Where(l => !string.IsNullOrWhiteSpace(l.Value))
            .Select(l => (Letter: l, Rect: l.BoundingBox.Width > 0 && l.BoundingBox.Height > 0 ? l.BoundingBox : l.GlyphRectangleLoose))
            .Where(l => l.Rect.Centroid.X >= box.Left && l.Rect.Centroid.X <= box.Right && l.Rect.Centroid.Y >= box.Bottom && l.Rect.Centroid.Y <= box.Top)
            .OrderBy(l => l.Rect.Left)
            .Select(l => l.Letter.Value);
        return string.Concat(inside).Normalize(NormalizationForm.FormKC);
    }

    [Test]
    public void BoxesFor_a_sentence_within_a_page_gives_its_lines_on_that_page()
    {
        var x = Sample.Value.Extracted;
        var (start, end, pages) = SentencesOver(x, 200).First(s => s.Pages.Count == 1 && !x.Text[s.Start..s.End].Contains("..", StringComparison.Ordinal));
        var pageNumber = pages[0];
        var page = x.Pages.Single(p => p.Number == pageNumber);

        var boxes = x.OffsetMap.BoxesFor(start, end);

        Assert.That(boxes, Has.Count.GreaterThan(1), $"a sentence of {end - start} characters runs over more than one line: {x.Text[start..end]}");
        Assert.That(boxes.Select(b => b.Page), Is.All.EqualTo(pageNumber));
        Assert.That(boxes.Select(b => b.Box.Top), Is.Ordered.Descending, "lines follow each other down the page");
        foreach (var (_, box) in boxes)
        {
            Assert.That(box.Left >= 0 && box.Right <= page.Width && box.Bottom >= 0 && box.Top <= page.Height && box.Right > box.Left, Is.True, $"{box} inside the page");
        }
    }

    [Test]
    public void BoxesFor_a_sentence_across_a_page_break_gives_boxes_on_both_pages()
    {
        var x = Sample.Value.Extracted;
        var crossing = SentencesOver(x, 0).Where(s => s.Pages.Count == 2).ToList();
        Assume.That(crossing, Is.Not.Empty, $"{SampleId} has no sentence running over a page break");

        foreach (var (start, end, pages) in crossing)
        {
            var boxes = x.OffsetMap.BoxesFor(start, end);

            Assert.That(boxes.Select(b => b.Page).Distinct(), Is.EqualTo(pages), $"pages of: {x.Text[start..end]}");
            Assert.That(boxes.Select(b => b.Page), Is.Ordered, "the first page's lines come first");
        }
    }

    /// <summary>Sentences of the text (split after . ? ! followed by whitespace) at least minLength long, with the pages their glyphs lie on according to the page ranges.</summary>
    private static IEnumerable<(int Start, int End, IReadOnlyList<int> Pages)> SentencesOver(ExtractedText x, int minLength)
    {
        var start = 0;
        foreach (var end in SentenceEnd().Matches(x.Text).Select(m => m.Index + 1).Append(x.Text.Length))
        {
            var trimmed = start;
            while (trimmed < end && char.IsWhiteSpace(x.Text[trimmed]))
            {
                trimmed++;
            }

            if (end - trimmed >= Math.Max(minLength, 20))
            {
                var pages = x.Pages.Where(p => p.Start < end && trimmed < p.End).Select(p => p.Number).ToList();
                yield return (trimmed, end, pages);
            }

            start = end;
        }
    }

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"[.?!](?=\s)")]
    private static partial Regex SentenceEnd();
}
