using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Pipeline;

namespace Ingest.Cli.Commands;

/// <summary>
/// Turns the files and folders on the command line into inputs. Folders are searched for *.pdf (any
/// case); a file named explicitly is taken whatever it is, so a non-PDF given by hand fails with a reason.
/// </summary>
internal static class InputCollector
{
    public static IReadOnlyList<InputFile> Collect(IReadOnlyList<string> paths, DateTimeOffset now)
    {
        if (paths.Count == 0)
        {
            throw new ConfigurationException("command line", "run needs at least one file or folder");
        }

        var files = new List<string>();
        foreach (var p in paths)
        {
            if (Directory.Exists(p))
            {
                files.AddRange(Directory.EnumerateFiles(p, "*", new EnumerationOptions { RecurseSubdirectories = true, MatchCasing = MatchCasing.CaseInsensitive, IgnoreInaccessible = true })
                    .Where(f => f.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(p))
            {
                files.Add(p);
            }
            else
            {
                throw new ConfigurationException("command line", $"no such file or folder: {p}");
            }
        }

        return files
            .Select(Path.GetFullPath)
            .Distinct(StringComparer.Ordinal)
            .Select(f => new InputFile(f, new Provenance("file", f, Path.GetFileName(f), now)))
            .ToList();
    }
}
