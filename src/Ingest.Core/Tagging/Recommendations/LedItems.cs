using System.Text.RegularExpressions;

namespace Ingest.Core.Tagging.Recommendations;

/// <summary>
/// Items of a list led in by "It is recommended that:", which open with their addressee and verb ("the
/// Board develops ..."). Where the extraction lost the bullets (Chromium prints them outside the text
/// layer), "the local authority reviews ...; the Board audits ..." is one paragraph with two.
/// </summary>
internal static partial class LedItems
{
    /// <summary>The recommendations in an item: itself, or its clauses after ";" that open with an agency.</summary>
    public static IEnumerable<Item> Split(Item item, string text, AgencyFinder finder)
    {
        if (!item.Led)
        {
            yield return item;
            yield break;
        }

        var start = item.Start;
        foreach (Match m in ClauseBreak().Matches(text[..item.End], item.Start))
        {
            var rest = text[(m.Index + m.Length)..item.End];
            var mentions = finder.Find(rest);
            if (Addressee.AtStart(rest, mentions, led: true) is { } s && mentions.Any(x => x.Start >= s.Start && x.End <= s.End))
            {
                yield return new Item(start, m.Index + 1, start == item.Start ? item.Label : null, item.Table) { Led = true, Cell = item.Cell };
                start = m.Index + m.Length;
            }
        }

        yield return start == item.Start ? item : new Item(start, item.End, null, item.Table) { Led = true, Cell = item.Cell };
    }

    [GeneratedRegex(@";\s+(?:and\s+)?")]
    private static partial Regex ClauseBreak();
}
