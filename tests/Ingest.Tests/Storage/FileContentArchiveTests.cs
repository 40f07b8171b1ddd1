using System.Security.Cryptography;
using Ingest.Storage;

namespace Ingest.Tests.Storage;

/// <summary>The archive of originals: &lt;root&gt;/ab/&lt;sha256&gt;.pdf, written atomically, never half a file.</summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class FileContentArchiveTests
{
    private sealed class TempFolder : IDisposable
    {
        public string Root { get; } = Path.Combine(Path.GetTempPath(), "ingest-archive-" + Guid.NewGuid().ToString("N"));

        public IEnumerable<string> AllFiles => Directory.Exists(Root) ? Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories) : [];

        public void Dispose()
        {
            if (Directory.Exists(Root))
            {
                Directory.Delete(Root, recursive: true);
            }
        }
    }

    private static (string Id, byte[] Bytes) Content(int size, int seed)
    {
        var bytes = new byte[size];
        new Random(seed).NextBytes(bytes);
        return (Convert.ToHexStringLower(SHA256.HashData(bytes)), bytes);
    }

    [Test]
    public async Task Stores_by_id_under_the_first_two_characters_and_reads_back_the_same_bytes()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(Path.Combine(temp.Root, "archive"));
        var (id, bytes) = Content(50_000, 1);

        var path = await archive.StoreAsync(id, bytes, CancellationToken.None);

        Assert.That(path, Is.EqualTo(Path.Combine(temp.Root, "archive", id[..2], id + ".pdf")));
        Assert.That(File.ReadAllBytes(path), Is.EqualTo(bytes));
        Assert.That(await archive.ReadAsync(id, CancellationToken.None), Is.EqualTo(bytes));
        Assert.That(temp.AllFiles, Is.EqualTo(new[] { path }), "nothing else left behind");
    }

    [Test]
    public async Task An_empty_file_is_archived_too()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(temp.Root);
        var (id, bytes) = Content(0, 0);

        var path = await archive.StoreAsync(id, bytes, CancellationToken.None);

        Assert.That(File.Exists(path), Is.True);
        Assert.That(await archive.ReadAsync(id, CancellationToken.None), Is.Empty);
    }

    [Test]
    public async Task An_id_never_stored_reads_as_null()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(temp.Root);

        Assert.That(await archive.ReadAsync(Content(10, 2).Id, CancellationToken.None), Is.Null);
    }

    [Test]
    public async Task Storing_the_same_bytes_again_is_idempotent()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(temp.Root);
        var (id, bytes) = Content(20_000, 3);
        var first = await archive.StoreAsync(id, bytes, CancellationToken.None);
        var written = File.GetLastWriteTimeUtc(first);
        File.SetLastWriteTimeUtc(first, written.AddDays(-1));

        var second = await archive.StoreAsync(id, bytes, CancellationToken.None);

        Assert.That(second, Is.EqualTo(first));
        Assert.That(File.GetLastWriteTimeUtc(first), Is.EqualTo(written.AddDays(-1)), "the original is not rewritten");
        Assert.That(temp.AllFiles, Is.EqualTo(new[] { first }));
        Assert.That(await archive.ReadAsync(id, CancellationToken.None), Is.EqualTo(bytes));
    }

    [Test]
    public async Task Many_writers_of_the_same_id_leave_one_whole_file_and_no_temp_files()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(temp.Root);
        var (id, bytes) = Content(300_000, 4);

        var paths = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => archive.StoreAsync(id, bytes, CancellationToken.None))));

        Assert.That(paths.Distinct().ToList(), Has.Count.EqualTo(1));
        Assert.That(temp.AllFiles, Is.EqualTo(new[] { paths[0] }));
        Assert.That(await archive.ReadAsync(id, CancellationToken.None), Is.EqualTo(bytes));
    }

    [Test]
    public async Task A_large_file_is_stored_by_copying_it()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(Path.Combine(temp.Root, "archive"));
        var (id, bytes) = Content(1_500_000, 5);
        var source = Path.Combine(temp.Root, "in", "big.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        await File.WriteAllBytesAsync(source, bytes);

        var path = await archive.StoreFileAsync(id, source, CancellationToken.None);
        var again = await archive.StoreFileAsync(id, source, CancellationToken.None);

        Assert.That(path, Is.EqualTo(archive.PathFor(id)));
        Assert.That(again, Is.EqualTo(path));
        Assert.That(await archive.ReadAsync(id, CancellationToken.None), Is.EqualTo(bytes));
        Assert.That(File.Exists(source), Is.True, "the input is copied, not moved");
        Assert.That(temp.AllFiles.Where(f => f.EndsWith(".tmp", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void A_cancelled_write_leaves_neither_the_original_nor_a_temp_file()
    {
        using var temp = new TempFolder();
        var archive = new FileContentArchive(Path.Combine(temp.Root, "archive"));
        var (id, bytes) = Content(100_000, 6);
        var source = Path.Combine(temp.Root, "in", "big.pdf");
        Directory.CreateDirectory(Path.GetDirectoryName(source)!);
        File.WriteAllBytes(source, bytes);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.That(async () => await archive.StoreAsync(id, bytes, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(async () => await archive.StoreFileAsync(id, source, cancelled.Token), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(temp.AllFiles, Is.EqualTo(new[] { source }), "only the input remains");
        Assert.That(File.Exists(archive.PathFor(id)), Is.False);
    }
}
