using PdfSharp.Drawing;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// Something to draw, positioned relative to an origin (a slice's top-left while laying out, the
/// page's top-left once placed). Layout produces these; only the painter touches PDFsharp graphics.
/// </summary>
public abstract record DrawOp
{
    public abstract DrawOp Offset(double dx, double dy);
}

/// <summary>Text with its baseline at <see cref="Baseline"/>.</summary>
public sealed record TextOp(double X, double Baseline, string Text, XFont Font) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Baseline = Baseline + dy };
}

/// <summary>A straight rule (table borders, the footnote separator).</summary>
public sealed record RuleOp(double X1, double Y1, double X2, double Y2, double Width) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) =>
        this with { X1 = X1 + dx, Y1 = Y1 + dy, X2 = X2 + dx, Y2 = Y2 + dy };
}
