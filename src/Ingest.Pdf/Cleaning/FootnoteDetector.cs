using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>A footnote found at the foot of a page: its mark, its lines.</summary>
internal sealed record PageFootnote(string Mark, IReadOnlyList<LayoutLine> Lines);

/// <summary>
/// Finds footnotes at the foot of a page. The strong sign is a lone short rule starting at the body's
/// left margin with only small-font lines under it, the first starting with a number (without "lone"
/// and "numbered" the bottom rows of a table pass for notes). Without a rule, small-font lines at the
/// bottom count only when they start with a mark that was raised in this page's body.
/// </summary>
internal static partial class FootnoteDetector
{
    public static IReadOnlyList<PageFootnote> Detect(LayoutPage page, IReadOnlyCollection<LayoutLine> body, double bodySize, IReadOnlySet<string> bodyMarks)
    {
        var lines = body.ToList();
        if (lines.Count == 0)
        {
            return [];
        }

        var noteLines = BelowSeparator(page, lines, bodySize) ?? SmallLinesWithKnownMarks(lines, bodySize, bodyMarks);
        return noteLines is null ? [] : Group(noteLines);
    }

    private static List<LayoutLine>? BelowSeparator(LayoutPage page, List<LayoutLine> lines, double bodySize)
    {
        var bodyLeft = lines.Where(l => l.Size >= bodySize * 0.95).Select(l => l.Box.Left).DefaultIfEmpty(0).Min();
        var candidates = page.Rules
            .Where(r => r.Width >= 20 && r.Width <= page.Width * 0.5 && r.Box.Top <= page.Height * 0.5)
            .Where(r => Math.Abs(r.Box.Left - bodyLeft) <= 15)
            .Where(r => !page.Rules.Any(o => !ReferenceEquals(o, r) && Math.Abs(o.Box.Top - r.Box.Top) <= 4))
            .OrderByDescending(r => r.Box.Top);
        foreach (var rule in candidates)
        {
            var under = lines.Where(l => l.Box.Top <= rule.Box.Bottom + 2).ToList();
            if (under.Count > 0 && under.All(l => l.Size < bodySize * 0.95) && StartsWithMark(under.OrderByDescending(l => l.Box.Top).First()))
            {
                return under;
            }
        }

        return null;
    }

    private static List<LayoutLine>? SmallLinesWithKnownMarks(List<LayoutLine> lines, double bodySize, IReadOnlySet<string> bodyMarks)
    {
        if (bodyMarks.Count == 0)
        {
            return null;
        }

        var byHeight = lines.OrderBy(l => l.Box.Bottom).ToList();
        var run = byHeight.TakeWhile(l => l.Size < bodySize * 0.92).ToList();
        if (run.Count == 0 || run.Count == byHeight.Count)
        {
            return null;
        }

        var first = run.OrderByDescending(l => l.Box.Top).First();
        var mark = LeadingMark().Match(first.Text);
        return mark.Success && bodyMarks.Contains(mark.Groups[1].Value) ? run : null;
    }

    private static bool StartsWithMark(LayoutLine line) => LeadingMark().IsMatch(line.Text);

    private static List<PageFootnote> Group(List<LayoutLine> lines)
    {
        var notes = new List<(string Mark, List<LayoutLine> Lines)>();
        foreach (var line in lines.OrderByDescending(l => l.Box.Top).ThenBy(l => l.Box.Left))
        {
            var m = LeadingMark().Match(line.Text);
            if (m.Success || notes.Count == 0)
            {
                notes.Add((m.Success ? m.Groups[1].Value : "?", [line]));
            }
            else
            {
                notes[^1].Lines.Add(line);
            }
        }

        return notes.Select(n => new PageFootnote(n.Mark, n.Lines)).ToList();
    }

    [GeneratedRegex(@"^\s*([0-9]{1,3}|[*†‡])\.?(?:\s|(?=\p{L}))")]
    internal static partial Regex LeadingMark();
}
