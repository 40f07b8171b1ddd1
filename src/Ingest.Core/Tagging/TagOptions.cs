using System.Text.Json;
using Ingest.Core.Configuration;

namespace Ingest.Core.Tagging;

/// <summary>Options of the "tag" stage: which taggers run.</summary>
public sealed record TagOptions
{
    public static readonly string[] AllTaggers = ["police", "imr", "recommendation", "practice", "protected"];

    public IReadOnlyList<string> Taggers { get; init; } = AllTaggers;

    public static TagOptions FromJson(JsonElement element, string path)
    {
        var s = new JsonSection(element, path);
        var taggers = s.Has(nameof(Taggers)) ? s.Strings(nameof(Taggers)) : AllTaggers;
        for (var i = 0; i < taggers.Count; i++)
        {
            if (!AllTaggers.Contains(taggers[i], StringComparer.Ordinal))
            {
                throw new ConfigurationException($"{path}.Taggers[{i}]", $"unknown tagger '{taggers[i]}' (known: {string.Join(", ", AllTaggers)})");
            }
        }

        s.RejectUnknown();
        return new TagOptions { Taggers = taggers };
    }
}
