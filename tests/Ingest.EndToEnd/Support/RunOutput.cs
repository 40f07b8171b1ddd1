using System.Globalization;
using System.Text.RegularExpressions;

namespace Ingest.EndToEnd.Support;

/// <summary>One per-document log line of `ingest run` when output is not a terminal.</summary>
/// <param name="Word">ingested, unchanged, FAILED, needs-ocr or skipped.</param>
/// <param name="Rest">What follows the timing: the "(resumed ...)" note and " - reason", if any.</param>
internal sealed record LogLine(int Index, int Total, string Word, string Path, string Id, int Pages, string Rest, string Raw);

/// <summary>The counts of the summary line `ingest run` prints at the end.</summary>
internal sealed record SummaryLine(int Seen, int Ingested, int Unchanged, int Failed, int NeedOcr, string Raw);

/// <summary>Reads the plain (not a terminal) output of `ingest run`, the way a script would.</summary>
internal static partial class RunOutput
{
    public static IReadOnlyList<LogLine> LogLines(CliResult result) =>
        result.OutLines
            .Select(l => (Line: l, Match: LogLinePattern().Match(l)))
            .Where(x => x.Match.Success)
            .Select(x => new LogLine(
                Int(x.Match.Groups["i"].Value),
                Int(x.Match.Groups["n"].Value),
                x.Match.Groups["word"].Value,
                x.Match.Groups["path"].Value,
                x.Match.Groups["id"].Value,
                Int(x.Match.Groups["pages"].Value),
                x.Match.Groups["rest"].Value,
                x.Line))
            .ToList();

    /// <summary>The summary line; fails the test when there is not exactly one.</summary>
    public static SummaryLine Summary(CliResult result)
    {
        var matches = result.OutLines.Select(l => SummaryPattern().Match(l)).Where(m => m.Success).ToList();
        Assert.That(matches, Has.Count.EqualTo(1), $"expected exactly one summary line\n{result.Transcript}");
        var m = matches[0];
        return new SummaryLine(Int(m.Groups["seen"].Value), Int(m.Groups["ingested"].Value), Int(m.Groups["unchanged"].Value), Int(m.Groups["failed"].Value), Int(m.Groups["ocr"].Value), m.Value);
    }

    /// <summary>The "failed: &lt;location&gt;: &lt;reason&gt;" lines after the summary, by location.</summary>
    public static IReadOnlyDictionary<string, string> FailureList(CliResult result, IEnumerable<string> locations)
    {
        var lines = result.OutLines.Where(l => l.StartsWith("failed: ", StringComparison.Ordinal)).ToList();
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var location in locations)
        {
            var prefix = $"failed: {location}: ";
            var line = lines.SingleOrDefault(l => l.StartsWith(prefix, StringComparison.Ordinal));
            if (line is not null)
            {
                found[location] = line[prefix.Length..];
            }
        }

        return found;
    }

    private static int Int(string s) => int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^\[(?<i>\d+)/(?<n>\d+)\] (?<word>\S+) (?<path>.+?) id=(?<id>\S+) pages=(?<pages>\d+) [\d.]+s(?<rest>.*)$")]
    private static partial Regex LogLinePattern();

    [GeneratedRegex(@"^summary: (?<seen>\d+) seen, (?<ingested>\d+) ingested, (?<unchanged>\d+) unchanged, (?<failed>\d+) failed, (?<ocr>\d+) need OCR\b")]
    private static partial Regex SummaryPattern();
}
