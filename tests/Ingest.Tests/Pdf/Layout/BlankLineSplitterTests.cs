using Ingest.Pdf.Layout;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis;
using UglyToad.PdfPig.DocumentLayoutAnalysis.WordExtractor;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Ingest.Tests.Pdf.Layout;

/// <summary>
/// Layout blocks are cut where their lines stand more than a blank line apart (a running header joined
/// to the column below it), and kept whole at a list's or a paragraph's ordinary spacing.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class BlankLineSplitterTests
{
    private const double Size = 10;

    [Test]
    public void A_running_header_joined_to_the_column_below_it_becomes_a_block_of_its_own()
    {
        // s76 page 8: the header's baseline is 24 pt above the column's first line; the column's lines are 13 pt apart.
        var block = Block(("Held overnight: three children", 226, 792), ("ern slavery, to which police and others", 335, 761), ("refer", 335, 748), ("PACE: the Police and Criminal Evidence", 320, 730));

        var parts = BlankLineSplitter.Split([block]);

        Assert.That(parts.Select(p => p.TextLines.Count), Is.EqualTo(new[] { 1, 3 }), "the header, then the column");
        Assert.That(parts[0].BoundingBox.Left, Is.EqualTo(226).Within(1), "the header is the first part");
        Assert.That(parts[1].BoundingBox.Left, Is.EqualTo(320).Within(1), "the column keeps its bulleted line");
    }

    [Test]
    public void A_list_with_spacing_between_its_items_stays_one_block()
    {
        var block = Block(("ADHD: attention deficit hyperactivity dis-", 82, 736), ("order", 96, 723), ("NRM: National Referral Mechanism, the", 82, 706), ("framework for identifying victims", 96, 693));

        var parts = BlankLineSplitter.Split([block]);

        Assert.That(parts, Has.Count.EqualTo(1));
        Assert.That(parts[0], Is.SameAs(block));
    }

    private static TextBlock Block(params (string Text, double Left, double Baseline)[] lines)
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(595, 842);
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        var textLines = lines.Select(l =>
        {
            var letters = page.MeasureText(l.Text, Size, new PdfPoint(l.Left, l.Baseline), font).Where(x => !string.IsNullOrWhiteSpace(x.Value)).ToList();
            return new TextLine(NearestNeighbourWordExtractor.Instance.GetWords(letters).OrderBy(w => w.BoundingBox.Left).ToList(), " ");
        }).ToList();
        return new TextBlock(textLines, "\n");
    }
}
