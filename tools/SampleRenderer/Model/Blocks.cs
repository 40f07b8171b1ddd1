namespace SampleRenderer.Model;

/// <summary>One unit of the document body, in source order. Backends switch over these records.</summary>
public abstract record Block;

/// <summary>A line of the cover page: a title line (<c># </c>) or a centred plain line; blank lines give space.</summary>
public sealed record CoverLine(string Text, bool IsTitle)
{
    public bool IsBlank => Text.Length == 0;
}

/// <summary>The cover page; a page break always follows it.</summary>
public sealed record CoverBlock(IReadOnlyList<CoverLine> Lines) : Block;

/// <summary>The generated contents page (from the level 1 and 2 headings); a page break follows it.</summary>
public sealed record ContentsBlock : Block;

/// <summary>
/// An explicit page break. <see cref="Turn"/> is set by <c>::: landscape</c> / <c>::: portrait</c>: the
/// pages from here on are turned (LibreOffice and Chromium; PDFsharp prints an ordinary break).
/// </summary>
public sealed record PageBreakBlock(PageTurn Turn = PageTurn.None) : Block;

/// <summary>The page orientation a page break switches to, if any.</summary>
public enum PageTurn
{
    None,
    Landscape,
    Portrait,
}

/// <summary>A heading of level 1 to 3. <see cref="Anchor"/> is a stable id used for contents links and bookmarks.</summary>
public sealed record HeadingBlock(int Level, IReadOnlyList<Inline> Content, string Anchor) : Block;

/// <summary>
/// A paragraph: consecutive source lines joined with a space. <see cref="Quote"/> is set by <c>&gt; </c>
/// lines: a block quotation, indented from both margins (a quoted family member's words).
/// </summary>
public sealed record ParagraphBlock(IReadOnlyList<Inline> Content, bool Quote = false) : Block;

/// <summary>A <c>- </c> item, printed with a bullet glyph that is not part of the text.</summary>
public sealed record BulletItemBlock(IReadOnlyList<Inline> Content) : Block;

/// <summary>
/// A <c>-# </c> item: the review numbers it itself, so the first word is a literal label
/// (<c>1.</c>, <c>(ii)</c>, <c>R3</c>) printed in a hanging indent, and no glyph is added.
/// </summary>
public sealed record HangingItemBlock(string Label, IReadOnlyList<Inline> Content) : Block;

/// <summary>A pipe table. The first row is the header row. <see cref="Ruled"/> draws every cell border.</summary>
public sealed record TableBlock(
    IReadOnlyList<IReadOnlyList<Inline>> Header,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows,
    bool Ruled) : Block
{
    public int ColumnCount => Header.Count;
}

/// <summary>
/// A <c>::: aside</c> box: paragraphs and bullet items in a shaded box. Chromium floats it to the right
/// beside the text that follows (a reading-order test); LibreOffice and PDFsharp print its blocks in
/// place as ordinary text.
/// </summary>
public sealed record AsideBlock(IReadOnlyList<Block> Children) : Block
{
    /// <summary>The block itself, or an aside's children, for producers that print an aside in place.</summary>
    public static IEnumerable<Block> Flatten(Block block) => block is AsideBlock a ? a.Children : [block];
}
