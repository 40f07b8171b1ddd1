namespace SampleRenderer.Model;

/// <summary>
/// A piece of running text. The source format only knows bold spans and footnote references, so
/// these two records are the whole inline model; every backend walks the same list.
/// </summary>
public abstract record Inline;

/// <summary>Literal text, bold when it came from a <c>**...**</c> span.</summary>
public sealed record TextRun(string Text, bool Bold) : Inline;

/// <summary>A <c>[^label]</c> reference; the label is printed as the superscript mark.</summary>
public sealed record NoteRef(string Label) : Inline;
