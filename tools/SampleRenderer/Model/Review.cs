namespace SampleRenderer.Model;

/// <summary>A footnote: its label as written (<c>3</c>) and its text.</summary>
public sealed record Footnote(string Label, IReadOnlyList<Inline> Content);

/// <summary>
/// A whole parsed <c>review.md</c>. <see cref="Footnotes"/> holds the referenced notes in order of
/// first reference, which is the order every backend prints them in.
/// </summary>
public sealed record Review(FrontMatter Front, IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes)
{
    public Footnote Note(string label) => Footnotes.First(n => n.Label == label);

    /// <summary>The headings the contents page lists: levels 1 and 2, outside the cover.</summary>
    public IEnumerable<HeadingBlock> ContentsHeadings() =>
        Blocks.OfType<HeadingBlock>().Where(h => h.Level <= 2);

    public bool HasContents => Blocks.OfType<ContentsBlock>().Any();

    /// <summary>The title for PDF metadata: the cover's title lines, else the id.</summary>
    public string Title
    {
        get
        {
            var cover = Blocks.OfType<CoverBlock>().FirstOrDefault();
            var title = cover is null ? "" : string.Join(" ", cover.Lines.Where(l => l.IsTitle).Select(l => l.Text));
            return title.Length > 0 ? title : Front.Id;
        }
    }
}
