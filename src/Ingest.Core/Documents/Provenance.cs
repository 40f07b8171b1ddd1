namespace Ingest.Core.Documents;

/// <summary>Where and when one copy of a document's bytes was found. One document can have several.</summary>
public sealed record Provenance(string SourceKind, string Location, string FileName, DateTimeOffset RetrievedAt, string? Note = null);
