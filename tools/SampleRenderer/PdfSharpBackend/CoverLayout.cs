using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>The cover page: title lines large and bold, the other lines centred below, a third of the way down.</summary>
public sealed class CoverLayout(PdfFonts fonts)
{
    private const double StartY = 250;

    public IEnumerable<DrawOp> Ops(CoverBlock cover)
    {
        var title = fonts.Make(24, true);
        var line = fonts.Make(14, false);
        var y = StartY;
        var previousWasTitle = false;
        foreach (var coverLine in cover.Lines)
        {
            if (coverLine.IsBlank)
            {
                y += 14;
                continue;
            }

            var font = coverLine.IsTitle ? title : line;
            if (previousWasTitle && !coverLine.IsTitle)
            {
                y += 14; // a little air between the title and the rest
            }

            var lines = BlockSlicer.Wrap([new TextRun(coverLine.Text, false)], font, font, PageGeometry.TextWidth, fonts, false);
            foreach (var wrapped in lines)
            {
                var text = string.Join(' ', wrapped.Words.Select(w => string.Concat(w.Fragments.Select(f => f.Text))));
                var x = PageGeometry.Left + ((PageGeometry.TextWidth - fonts.Width(text, font)) / 2);
                yield return new TextOp(x, y + PdfFonts.Ascent(font), text, font);
                y += PdfFonts.LineHeight(font) * (coverLine.IsTitle ? 1.05 : 1.25);
            }

            previousWasTitle = coverLine.IsTitle;
        }
    }
}
