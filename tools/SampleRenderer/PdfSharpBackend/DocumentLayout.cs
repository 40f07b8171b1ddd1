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

    private const double AsidePad = 6;

    /// <summary>An aside's slices, moved in from both edges of the column to leave room for its box.</summary>
    private static IEnumerable<Slice> Inset(IEnumerable<Slice> slices) =>
        slices.Select(s => s with { Ops = s.Ops.Select(op => op.Offset(AsidePad, 0)).ToList() });

    /// <summary>
    /// Draws an aside as a ruled box (PDFsharp has no shading here): side rules on every slice of the
    /// block that starts at <paramref name="from"/>, bridging the space above it, a top rule on the
    /// aside's first slice and a bottom rule on its last.
    /// </summary>
    private static void Box(List<Slice> flow, int from, bool first, bool last, double width)
    {
        for (var i = from; i < flow.Count; i++)
        {
            var s = flow[i];
            var top = i == from && first ? -3 : -s.SpaceBefore;
            var bottom = i == flow.Count - 1 && last ? s.Height + 3 : s.Height;
            var ops = new List<DrawOp>(s.Ops)
            {
                new RuleOp(0, top, 0, bottom, 0.75),
                new RuleOp(width, top, width, bottom, 0.75),
            };
            if (i == from && first)
            {
                ops.Add(new RuleOp(0, top, width, top, 0.75));
            }

            if (i == flow.Count - 1 && last)
            {
                ops.Add(new RuleOp(0, bottom, width, bottom, 0.75));
            }

            flow[i] = s with { Ops = ops };
        }
    }

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

        foreach (var outer in review.Blocks)
        foreach (var block in AsideBlock.Flatten(outer))
        {
            var boxStart = flow.Count;
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
                    var slices = slicer.Slices(block, outer is AsideBlock ? bodyWidth - 2 * AsidePad : bodyWidth, previous);
                    if (breakNext && slices.Count > 0)
                    {
                        slices[0] = slices[0] with { StartsPage = bodyColumns };
                        breakNext = false;
                    }

                    flow.AddRange(outer is AsideBlock ? Inset(slices) : slices);
                    break;
            }

            if (outer is AsideBlock aside)
            {
                Box(flow, boxStart, block == aside.Children[0], block == aside.Children[^1], bodyWidth);
            }

            previous = block;
        }

        paginator.Place(flow, bodyColumns);
        paginator.Finish();
        return paginator;
    }
}
