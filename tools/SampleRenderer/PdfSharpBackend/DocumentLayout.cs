using SampleRenderer.Model;

namespace SampleRenderer.PdfSharpBackend;

/// <summary>
/// One layout pass over the whole review: cover, contents (with the page numbers of the previous
/// pass), body. Running it until the heading pages stop changing gives a true contents page.
/// </summary>
public sealed class DocumentLayout(Review review, PdfFonts fonts)
{
    private const int MaxPasses = 4;

    public Paginator Run()
    {
        IReadOnlyDictionary<string, int> pages = new Dictionary<string, int>();
        Paginator result = Pass(pages);
        for (var pass = 1; pass < MaxPasses && review.HasContents; pass++)
        {
            if (SamePages(pages, result.AnchorPages))
            {
                break;
            }

            pages = result.AnchorPages;
            result = Pass(pages);
        }

        return result;
    }

    private static bool SamePages(IReadOnlyDictionary<string, int> a, IReadOnlyDictionary<string, int> b) =>
        a.Count == b.Count && a.All(kv => b.TryGetValue(kv.Key, out var v) && v == kv.Value);

    private Paginator Pass(IReadOnlyDictionary<string, int> headingPages)
    {
        var notes = new FootnoteLayout(review, fonts);
        var paginator = new Paginator(notes.Layout);
        var flow = new List<Slice>();
        var bodyColumns = review.Front.Columns;
        var bodyWidth = PageGeometry.Columns(bodyColumns)[0].Width;
        var slicer = new BlockSlicer(fonts, review.Front);
        var breakNext = false;
        Block? previous = null;

        foreach (var block in review.Blocks.SelectMany(AsideBlock.Flatten))
        {
            switch (block)
            {
                case CoverBlock cover:
                    paginator.AddCover(new CoverLayout(fonts).Ops(cover));
                    break;
                case ContentsBlock:
                    flow.AddRange(new ContentsSlicer(fonts).Slices(review, headingPages, PageGeometry.TextWidth));
                    breakNext = true;
                    break;
                case PageBreakBlock:
                    breakNext = true;
                    break;
                default:
                    var slices = slicer.Slices(block, bodyWidth, previous);
                    if (breakNext && slices.Count > 0)
                    {
                        slices[0] = slices[0] with { StartsPage = bodyColumns };
                        breakNext = false;
                    }

                    flow.AddRange(slices);
                    break;
            }

            previous = block;
        }

        paginator.Place(flow, bodyColumns);
        paginator.Finish();
        return paginator;
    }
}
