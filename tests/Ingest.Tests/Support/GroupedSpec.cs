namespace Ingest.Tests.Support;

/// <summary>
/// Reads a spec file of examples grouped under "## " headings, one "- " line per example (section-types.spec.md,
/// dates.spec.md): each example line with the group it stands under. Lines before the first group are prose.
/// </summary>
internal static class GroupedSpec
{
    public static IEnumerable<(string Group, string Line)> Read(string relativePath)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, relativePath);
        string? group = null;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                group = line[3..].Trim();
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal) && group is not null)
            {
                yield return (group, line[2..]);
            }
        }
    }
}
