using SampleRenderer.Model;

namespace SampleRenderer;

/// <summary>One PDF producer. It writes <c>&lt;id&gt;.pdf</c> (and any intermediate source) into the folder.</summary>
public interface IBackend
{
    void Render(Review review, string folder, string pdfPath);
}
