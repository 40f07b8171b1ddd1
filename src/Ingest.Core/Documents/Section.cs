namespace Ingest.Core.Documents;

/// <summary>
/// A section of the review: its heading (null for the cover's untitled part), its type from the
/// CONTRACT §5 vocabulary, its level (1 = top), and where it lies in the text ([Start, End), heading included).
/// </summary>
public sealed record Section(string? Heading, string Type, int Level, int Start, int End, int HeadingEnd, double Confidence);
