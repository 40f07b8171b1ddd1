namespace Ingest.Core.Storage;

/// <summary>
/// Keeps every original file by its SHA-256. Publishing sites remove reviews after some years, so
/// the archive is the record: writes are atomic and never overwrite.
/// </summary>
public interface IContentArchive
{
    /// <summary>Stores the bytes under their id (if not there yet) and returns where they are.</summary>
    Task<string> StoreAsync(string id, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken);

    /// <summary>Stores a file too large to hold in memory by copying it.</summary>
    Task<string> StoreFileAsync(string id, string path, CancellationToken cancellationToken);

    Task<byte[]?> ReadAsync(string id, CancellationToken cancellationToken);
}
