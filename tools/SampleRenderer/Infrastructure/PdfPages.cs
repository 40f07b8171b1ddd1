using PdfSharp.Pdf.IO;

namespace SampleRenderer.Infrastructure;

/// <summary>Reads the page count of a finished PDF, which the furniture golden file needs.</summary>
public static class PdfPages
{
    public static int Count(string pdfPath)
    {
        using var document = PdfReader.Open(pdfPath, PdfDocumentOpenMode.Import);
        return document.PageCount;
    }
}
