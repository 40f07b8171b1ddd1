namespace SampleRenderer.Model;

/// <summary>The three PDF producers a sample can name; each leaves different traces in the PDF.</summary>
public enum Producer
{
    LibreOffice,
    Chromium,
    PdfSharp,
}

/// <summary>Serif or sans body font (Liberation, or DejaVu for PDFsharp if Liberation is missing).</summary>
public enum FontKind
{
    Serif,
    Sans,
}

/// <summary>The running header or footer: three slots, any of which may be empty.</summary>
public sealed record Furniture(string Left, string Center, string Right)
{
    public bool IsEmpty => Left.Length == 0 && Center.Length == 0 && Right.Length == 0;

    /// <summary>The non-empty slots in reading order (left, centre, right).</summary>
    public IEnumerable<string> Slots() => new[] { Left, Center, Right }.Where(s => s.Length > 0);
}

/// <summary>
/// The parsed front matter, with the defaults FORMAT.md states. <see cref="TablePadding"/> is the space
/// between a table cell's border and its text, in points (PDFsharp only; 3 unless the sample says).
/// </summary>
public sealed record FrontMatter(
    string Id,
    Producer Producer,
    int Columns,
    FontKind Font,
    double FontSize,
    Furniture Header,
    Furniture Footer,
    bool Hyphenate,
    bool Justify,
    double TablePadding = 3);
