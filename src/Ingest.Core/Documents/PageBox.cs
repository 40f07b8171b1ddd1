namespace Ingest.Core.Documents;

/// <summary>A rectangle on a page in PDF user space (points, origin bottom-left).</summary>
public readonly record struct PageBox(float Left, float Bottom, float Right, float Top)
{
    public static PageBox Union(PageBox a, PageBox b) =>
        new(Math.Min(a.Left, b.Left), Math.Min(a.Bottom, b.Bottom), Math.Max(a.Right, b.Right), Math.Max(a.Top, b.Top));
}
