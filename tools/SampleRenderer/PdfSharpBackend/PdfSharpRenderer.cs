using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SampleRenderer.Golden;
using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// Draws the review directly with PDFsharp: lay out (<see cref="DocumentLayout"/>), then paint
/// every page and its running header and footer, now that the page count is known. PDFsharp
/// writes its own Producer; the Creator names this tool.
/// </summary>
public sealed class PdfSharpRenderer : IBackend
{
    public void Render(Review review, string folder, string pdfPath)
    {
        var fonts = new PdfFonts(review.Front);
        var layout = new DocumentLayout(review, fonts).Run();
        using var document = new PdfDocument();
        document.Info.Title = review.Title;
        document.Info.Creator = "Ingest SampleRenderer";
        var total = layout.Pages.Count;
        for (var i = 0; i < total; i++)
        {
            var state = layout.Pages[i];
            var page = document.AddPage();
            page.Width = XUnit.FromPoint(PageGeometry.Width);
            page.Height = XUnit.FromPoint(PageGeometry.Height);
            using var gfx = XGraphics.FromPdfPage(page);
            Paint(gfx, state.Ops);
            if (!state.IsCover)
            {
                Paint(gfx, Furniture(review.Front, fonts, i + 1, total));
            }
        }

        document.Save(pdfPath);
    }

    private static void Paint(XGraphics gfx, IEnumerable<DrawOp> ops)
    {
        foreach (var op in ops)
        {
            switch (op)
            {
                case TextOp t:
                    gfx.DrawString(t.Text, t.Font, XBrushes.Black, t.X, t.Baseline);
                    break;
                case RuleOp r:
                    gfx.DrawLine(new XPen(XColors.Black, r.Width), r.X1, r.Y1, r.X2, r.Y2);
                    break;
            }
        }
    }

    /// <summary>The header and footer of one page: left-aligned, centred and right-aligned slots.</summary>
    private static IEnumerable<DrawOp> Furniture(FrontMatter front, PdfFonts fonts, int page, int pages)
    {
        foreach (var (furniture, baseline) in new[] { (front.Header, PageGeometry.HeaderBaseline), (front.Footer, PageGeometry.FooterBaseline) })
        {
            var slots = new[] { (furniture.Left, 0.0), (furniture.Center, 0.5), (furniture.Right, 1.0) };
            foreach (var (slot, align) in slots.Where(s => s.Item1.Length > 0))
            {
                var text = FurnitureText.Fill(slot, page, pages);
                var x = PageGeometry.Left + (align * (PageGeometry.TextWidth - fonts.Width(text, fonts.Furniture)));
                yield return new TextOp(x, baseline, text, fonts.Furniture);
            }
        }
    }
}
