using Ingest.Core.Storage;

namespace Ingest.Storage;

/// <summary>
/// The archive of originals on disk: <c>&lt;root&gt;/ab/&lt;sha256&gt;.pdf</c>. A file is written to a
/// temporary name and moved into place, so a crash never leaves half an original under a real id.
/// </summary>
public sealed class FileContentArchive(string root) : IContentArchive
{
    public string Root { get; } = Path.GetFullPath(root);

    public string PathFor(string id) => Path.Combine(Root, id[..2], id + ".pdf");

    public async Task<string> StoreAsync(string id, ReadOnlyMemory<byte> bytes, CancellationToken cancellationToken)
    {
        var path = PathFor(id);
        if (File.Exists(path) && new FileInfo(path).Length == bytes.Length)
        {
            return path;
        }

        await WriteThenMoveAsync(path, temp => File.WriteAllBytesAsync(temp, bytes.ToArray(), cancellationToken));
        return path;
    }

    public async Task<string> StoreFileAsync(string id, string path, CancellationToken cancellationToken)
    {
        var sourcePath = path;
        path = PathFor(id);
        var length = new FileInfo(sourcePath).Length;
        if (File.Exists(path) && new FileInfo(path).Length == length)
        {
            return path;
        }

        await WriteThenMoveAsync(path, async temp =>
        {
            await using var source = File.OpenRead(sourcePath);
            await using var target = File.Create(temp);
            await source.CopyToAsync(target, cancellationToken);
        });
        return path;
    }

    /// <summary>Writes to a temporary name beside the target and moves it into place; a failed or cancelled write leaves nothing behind.</summary>
    private static async Task WriteThenMoveAsync(string path, Func<string, Task> write)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        try
        {
            await write(temp);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            File.Delete(temp);
        }
    }

    public async Task<byte[]?> ReadAsync(string id, CancellationToken cancellationToken)
    {
        var path = PathFor(id);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }
}
