using PdfSharp.Drawing;
using PdfSharp.Pdf;
using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// The fonts of one document and text measurement. Unicode encoding is asked for so every glyph
/// (bullets, curly quotes, dashes) gets a ToUnicode entry and extracts as the right character.
/// </summary>
public sealed class PdfFonts
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private readonly XGraphics _measure;
    private readonly Dictionary<(XFont, string), double> _widths = [];
    private readonly string _family;

    public PdfFonts(FrontMatter front)
    {
        SampleFontResolver.Install();
        _family = front.Font == FontKind.Serif ? SampleFontResolver.Serif : SampleFontResolver.Sans;
        Size = front.FontSize;
        _measure = XGraphics.CreateMeasureContext(new XSize(2000, 2000), XGraphicsUnit.Point, XPageDirection.Downwards);
        Body = Make(Size, false);
        Bold = Make(Size, true);
        Table = Make(Size - 1, false);
        TableBold = Make(Size - 1, true);
        Note = Make(Size - 2, false);
        Furniture = Make(Size - 1.5, false);
        Headings = [Make(Size + 6, true), Make(Size + 3, true), Make(Size + 1, true)];
    }

    public double Size { get; }

    public XFont Body { get; }

    public XFont Bold { get; }

    public XFont Table { get; }

    public XFont TableBold { get; }

    public XFont Note { get; }

    public XFont Furniture { get; }

    public IReadOnlyList<XFont> Headings { get; }

    public XFont Make(double size, bool bold) =>
        new(_family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>The superscript font for note marks: about 60% of the text it sits in.</summary>
    public XFont Superscript(XFont textFont) => Make(Math.Round(textFont.Size * 0.6, 1), false);

    public double Width(string text, XFont font)
    {
        if (!_widths.TryGetValue((font, text), out var width))
        {
            width = _measure.MeasureString(text, font).Width;
            _widths[(font, text)] = width;
        }

        return width;
    }

    /// <summary>Line pitch used throughout: 1.2 times the size, like a word processor's single spacing.</summary>
    public static double LineHeight(XFont font) => font.Size * 1.2;

    /// <summary>Distance from the top of a line box to its baseline.</summary>
    public static double Ascent(XFont font) => font.Size * 0.92;
}
