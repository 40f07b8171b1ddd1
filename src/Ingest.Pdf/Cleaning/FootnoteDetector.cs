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

    /// <summary>
    /// Lines under footnote separators. A page in two columns has one separator per column, side by
    /// side at the same height but far apart; a table border is a row of rules that touch.
    /// </summary>
    private static List<LayoutLine>? BelowSeparator(LayoutPage page, List<LayoutLine> lines, double bodySize)
    {
        var separators = page.Rules
            .Where(r => r.Width >= 20 && r.Width <= page.Width * 0.5 && r.Box.Top <= page.Height * 0.5)
            .Where(r => lines.Any(l => l.Size >= bodySize * 0.95 && Math.Abs(l.Box.Left - r.Box.Left) <= 15))
            .Where(r => !page.Rules.Any(o => !ReferenceEquals(o, r) && Math.Abs(o.Box.Top - r.Box.Top) <= 4 && Gap(o, r) < 10))
            .ToList();
        var found = new List<LayoutLine>();
        foreach (var rule in separators)
        {
            var nextToRight = NextColumnLeft(lines, bodySize, rule);
            var under = lines.Where(l => l.Box.Top <= rule.Box.Bottom + 2 && l.Box.Left >= rule.Box.Left - 5 && l.Box.Left < nextToRight - 5).ToList();
            if (under.Count > 0 && under.All(l => l.Size < bodySize * 0.95) && StartsWithMark(under.OrderByDescending(l => l.Box.Top).First()) && !SideBySide(under))
            {
                found.AddRange(under);
            }
        }

        return found.Count > 0 ? found : null;
    }

    /// <summary>
    /// Two lines under a rule that start on the same baseline are cells of a table row ("3. The force
    /// should ..." beside "Police" and "Sept '25"), not notes: a note runs the width of its column,
    /// though its number alone may stand apart on its first line's baseline (LibreOffice).
    /// </summary>
    private static bool SideBySide(List<LayoutLine> under) =>
        under.Any(a => !BareMark().IsMatch(a.Text) && under.Any(b => a.Box.Left < b.Box.Left && Math.Abs(a.Box.Bottom - b.Box.Bottom) <= 1.5f));

    /// <summary>Where the next text column starts to the right of a separator (body lines start there repeatedly).</summary>
    private static float NextColumnLeft(List<LayoutLine> lines, double bodySize, Rule rule) =>
        lines.Where(l => l.Size >= bodySize * 0.95 && l.Box.Left > rule.Box.Left + 30)
            .GroupBy(l => MathF.Round(l.Box.Left / 4))
            .Where(g => g.Count() >= 3)
            .Select(g => g.Min(l => l.Box.Left))
            .DefaultIfEmpty(float.MaxValue)
            .Min();

    private static double Gap(Rule a, Rule b) => Math.Max(a.Box.Left, b.Box.Left) - Math.Min(a.Box.Right, b.Box.Right);

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

    /// <summary>Notes read column by column (left column first), each starting at a line with a mark.</summary>
    private static List<PageFootnote> Group(List<LayoutLine> lines)
    {
        var notes = new List<(string Mark, List<LayoutLine> Lines)>();
        float? markLeft = null;
        var currentColumn = -1;
        foreach (var (column, line) in ByColumn(lines))
        {
            if (column != currentColumn)
            {
                currentColumn = column;
                markLeft = null;
            }

            var m = LeadingMark().Match(line.Text);

            // A line that starts with a number is a new note only at the marks' left edge and in
            // sequence: "20 minutes in rural areas" on an indented continuation line is not note 20.
            if (m.Success && notes.Count > 0 && markLeft is { } left
                && (line.Box.Left > left + 3 || !FollowsOn(notes[^1].Mark, m.Groups[1].Value)))
            {
                m = Match.Empty;
            }

            if (m.Success || notes.Count == 0)
            {
                notes.Add((m.Success ? m.Groups[1].Value : "?", [line]));
                markLeft ??= line.Box.Left;
            }
            else
            {
                notes[^1].Lines.Add(line);
            }
        }

        return notes.Select(n => new PageFootnote(n.Mark, n.Lines)).ToList();
    }

    /// <summary>
    /// Numbered notes follow on by one; lettered notes by one letter ("a" then "b"), so that a
    /// continuation line starting with the word "a" is never a new note.
    /// </summary>
    private static bool FollowsOn(string previous, string next)
    {
        if (next.Length == 1 && char.IsAsciiLetterLower(next[0]))
        {
            return previous.Length == 1 && next[0] == previous[0] + 1;
        }

        return !int.TryParse(previous, out var p) || !int.TryParse(next, out var n) || n == p + 1;
    }

    /// <summary>Lines column by column: a left edge more than 40 pt right of the previous one starts a column.</summary>
    private static IEnumerable<(int Column, LayoutLine Line)> ByColumn(List<LayoutLine> lines)
    {
        var column = 0;
        var previousLeft = float.MinValue;
        var keyed = new List<(int Column, LayoutLine Line)>();
        foreach (var line in lines.OrderBy(l => l.Box.Left))
        {
            if (line.Box.Left - previousLeft > 40 && keyed.Count > 0)
            {
                column++;
            }

            previousLeft = line.Box.Left;
            keyed.Add((column, line));
        }

        return keyed.OrderBy(k => k.Column).ThenByDescending(k => k.Line.Box.Top);
    }

    [GeneratedRegex(@"^\s*([0-9]{1,3}|[*†‡]|[a-z](?=\s))\.?(?:\s|(?=\p{L}))")]
    internal static partial Regex LeadingMark();

    [GeneratedRegex(@"^\s*([0-9]{1,3}|[*†‡]|[a-z])\.?\s*$")]
    private static partial Regex BareMark();
}
