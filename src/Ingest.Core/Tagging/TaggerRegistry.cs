namespace Ingest.Core.Tagging;

/// <summary>The taggers by the names pipeline.json uses for them ("tag" stage, option Taggers).</summary>
public static class TaggerRegistry
{
    private static readonly Dictionary<string, Func<ITagger>> Factories = new(StringComparer.Ordinal)
    {
        ["police"] = () => new Police.PoliceMentionTagger(),
        ["imr"] = () => new Imr.ImrReferenceTagger(),
        ["recommendation"] = () => new Recommendations.RecommendationTagger(),
        ["practice"] = () => new Practice.PracticeTagger(),
        ["protected"] = () => new Protected.ProtectedCharacteristicTagger(),
    };

    public static IReadOnlyCollection<string> Names => Factories.Keys;

    /// <summary>The named taggers; a name this build has no tagger for yet is skipped (and listed in the README).</summary>
    public static IReadOnlyList<ITagger> Create(IEnumerable<string> names) =>
        names.Where(Factories.ContainsKey).Select(n => Factories[n]()).ToList();
}
