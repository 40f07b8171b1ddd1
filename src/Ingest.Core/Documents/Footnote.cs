namespace Ingest.Core.Documents;

/// <summary>
/// A footnote kept out of the body flow. <see cref="ReferenceOffset"/> is the offset in the body text
/// where its superscript mark stood (-1 when the mark was not found).
/// </summary>
public sealed record Footnote(string Mark, string Text, int Page, int ReferenceOffset);
