namespace Ingest.EndToEnd.Support;

/// <summary>A fresh folder under the system temp folder, deleted (best effort) on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string purpose)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"ingest-e2e-{purpose}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The database path every test passes with --db.</summary>
    public string Db => Combine("ingest.db");

    /// <summary>Where the store keeps originals when --db is given: an "archive" folder beside the database.</summary>
    public string Archive => Combine("archive");

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    /// <summary>Creates a sub-folder and returns its full path.</summary>
    public string Folder(string name) => Directory.CreateDirectory(Combine(name)).FullName;

    /// <summary>Writes a text file (UTF-8, no BOM) and returns its full path.</summary>
    public string WriteText(string relativePath, string text)
    {
        var path = Combine(relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            try
            {
                if (Directory.Exists(Path))
                {
                    Directory.Delete(Path, recursive: true);
                }

                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Thread.Sleep(200);
            }
        }
    }
}
