namespace Ingest.Ml.Training;

/// <summary>
/// Cross-validation folds by document: the groups (documents), in name order, are dealt round-robin into
/// k folds, so each document's sentences are tested by a model that never saw that document, and every
/// fold gets whole documents (ML.NET's hash split can leave a fold empty when there are few documents).
/// </summary>
public static class GroupedFolds
{
    public static IEnumerable<(List<T> Train, List<T> Test)> Split<T>(IReadOnlyList<T> rows, Func<T, string> group, int folds)
    {
        var groups = rows.Select(group).Distinct().Order(StringComparer.Ordinal).ToList();
        var foldOf = groups.Select((g, i) => (g, i % Math.Min(folds, groups.Count))).ToDictionary(p => p.g, p => p.Item2, StringComparer.Ordinal);
        for (var k = 0; k < Math.Min(folds, groups.Count); k++)
        {
            var test = rows.Where(r => foldOf[group(r)] == k).ToList();
            var train = rows.Where(r => foldOf[group(r)] != k).ToList();
            if (test.Count > 0 && train.Count > 0)
            {
                yield return (train, test);
            }
        }
    }
}
