namespace SampleRenderer.PdfSharpBackend;

/// <summary>A4 in points, with the margins and the furniture positions of the PDFsharp samples.</summary>
public static class PageGeometry
{
    public const double Width = 595.28;
    public const double Height = 841.89;
    public const double Left = 70.87;      // 25 mm
    public const double Right = 70.87;
    public const double Top = 76;          // body starts about 27 mm down, below the header
    public const double Bottom = 68;       // body ends about 24 mm from the foot, above the footer
    public const double ColumnGap = 22.7;  // 8 mm
    public const double HeaderBaseline = 46;
    public const double FooterBaseline = Height - 38;

    public const double TextWidth = Width - Left - Right;

    public static double BodyBottom => Height - Bottom;

    /// <summary>Left edge and width of each column for a page of <paramref name="count"/> columns.</summary>
    public static IReadOnlyList<(double X, double Width)> Columns(int count)
    {
        var width = (TextWidth - ((count - 1) * ColumnGap)) / count;
        return Enumerable.Range(0, count).Select(i => (Left + (i * (width + ColumnGap)), width)).ToList();
    }
}
