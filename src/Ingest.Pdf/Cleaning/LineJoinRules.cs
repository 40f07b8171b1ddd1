using System.Text.RegularExpressions;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>How the text goes on from one line to the next.</summary>
internal enum LineJoin
{
    /// <summary>Same paragraph: a space between.</summary>
    Space,

    /// <summary>Same word: a line-end hyphen was repaired.</summary>
    Tight,

    /// <summary>A new paragraph.</summary>
    Paragraph,
}

/// <summary>Where two lines stand relative to their columns, for joining across page and column breaks.</summary>
/// <param name="PreviousFull">The earlier line reaches its column's right edge (it is not a paragraph's last line).</param>
/// <param name="CurrentAtColumnTop">The later line is the first body line of its column on its page.</param>
/// <param name="Known">The geometry was measured (default(ColumnBreak) is not).</param>
internal readonly record struct ColumnBreak(bool PreviousFull, bool CurrentAtColumnTop, bool Known = true);

/// <summary>
/// The rules that decide whether two consecutive lines of body text belong to one paragraph. They
/// work on lines, not blocks, because Docstrum can merge a heading into the paragraph below it, and
/// across blocks, columns and pages, because a sentence may run on over any of them.
/// </summary>
internal static partial class LineJoinRules
{
    /// <param name="columnBreak">Column geometry of the two lines; default (not Known) where it was not measured.</param>
    public static LineJoin Decide(LayoutLine previous, bool previousWholeBlock, LayoutLine current, double bodySize, string textSoFar, ColumnBreak columnBreak = default)
    {
        var prevHeading = IsHeadingLike(previous, bodySize);
        var curHeading = IsHeadingLike(current, bodySize);
        if (prevHeading != curHeading)
        {
            return previousWholeBlock && LabelOnly().IsMatch(previous.Text) && LabelBeside(previous, current) ? LineJoin.Space : LineJoin.Paragraph;
        }

        if (prevHeading)
        {
            // A heading wrapped over two lines keeps going only within its block and at its size.
            if ((Centred(previous, current) || (columnBreak.Known && !columnBreak.PreviousFull)) && !EndsWithJoiningWord(previous.Text))
            {
                return LineJoin.Paragraph; // cover lines, each set on its own
            }

            var sameBlock = previous.Block == current.Block && previous.Page == current.Page && Math.Abs(previous.Size - current.Size) < 0.6;
            return sameBlock || HeadingContinues(previous, current) ? JoinWithin(textSoFar, current) : LineJoin.Paragraph;
        }

        if (previous.Page != current.Page || (previous.Block != current.Block && !DirectlyBelow(previous, current)))
        {
            if (previousWholeBlock && LabelOnly().IsMatch(previous.Text))
            {
                return LineJoin.Space;
            }

            if (EndsSentence(textSoFar))
            {
                return LineJoin.Paragraph;
            }

            // A sentence runs on over a page or column break: the line before the break is full
            // width (a paragraph's last line is not) and the text goes on at the top of the next
            // column, whatever the case of its first letter ("... and a | Domestic Violence ..."). A bold
            // line after a plain one is a table's header row repeated on the new page, not the rest of
            // the last cell ("Ormsby MASH partners | Recommendation", s89); a bold lead-in sentence may
            // still run on in plain type.
            var runsOn = columnBreak.PreviousFull && columnBreak.CurrentAtColumnTop && current.Text.Length > 0 && char.IsLetterOrDigit(current.Text[0])
                && !(current.Bold && !previous.Bold);
            return StartsLowerCase(current.Text) || runsOn ? JoinWithin(textSoFar, current) : LineJoin.Paragraph;
        }

        if (StartsListItem(current.Text) && (EndsSentence(textSoFar) || IsShort(previous, current)))
        {
            return LineJoin.Paragraph;
        }

        if (!columnBreak.PreviousFull && columnBreak.Known && !EndsWithJoiningWord(previous.Text))
        {
            return LineJoin.Paragraph; // the next word would have fitted: the author ended the line
        }

        // A numbered item's second line at its hanging indent ("12. The Board ... Chiefs'" over "Council asking ...", s94)
        // can be centred on the first by chance; it goes on.
        if (Centred(previous, current) && !EndsWithJoiningWord(previous.Text) && !(StartsListItem(previous.Text) && current.Box.Left > previous.Box.Left))
        {
            return LineJoin.Paragraph; // cover pages: each centred line stands alone
        }

        // Baseline to baseline: a line of "up." has a box half the height of its neighbours'.
        var pitch = previous.Baseline - current.Baseline;
        if (pitch > Math.Max(previous.Size, current.Size) * 1.75)
        {
            return LineJoin.Paragraph;
        }

        return JoinWithin(textSoFar, current);
    }

    /// <summary>
    /// A heading wrapped over two lines: same page and size, the next line right under it, starting at
    /// the same left or at the hanging indent after the heading's number (layout may split the lines
    /// into two blocks, as it does in narrow columns).
    /// </summary>
    private static bool HeadingContinues(LayoutLine previous, LayoutLine current) =>
        previous.Page == current.Page
        && Math.Abs(previous.Size - current.Size) < 0.6
        && previous.Bold == current.Bold
        && previous.Box.Bottom - current.Box.Top < Math.Max(previous.Size, current.Size) * 0.8
        && previous.Box.Bottom > current.Box.Top - 2
        && current.Box.Left >= previous.Box.Left - 3
        && current.Box.Left - previous.Box.Left < 40;

    /// <summary>Docstrum sometimes puts a paragraph's last line in a block of its own: it sits right under the line before.</summary>
    /// <summary>
    /// A heading's number set apart from it stands on its line, to its left, or just above it; a table's
    /// last cell ("46", an age) read before the next heading is no label of it (s18, s02).
    /// </summary>
    private static bool LabelBeside(LayoutLine label, LayoutLine heading) =>
        label.Page == heading.Page
        && ((label.Box.Right <= heading.Box.Left + 1 && Math.Abs(label.Baseline - heading.Baseline) <= heading.Size * 0.5)
            || (Math.Abs(label.Box.Left - heading.Box.Left) < 3 && label.Box.Bottom - heading.Box.Top >= -2 && label.Box.Bottom - heading.Box.Top <= heading.Size * 1.5));

    private static bool DirectlyBelow(LayoutLine previous, LayoutLine current) =>
        previous.Page == current.Page
        && Math.Abs(previous.Box.Left - current.Box.Left) < 3
        && previous.Box.Bottom - current.Box.Top < Math.Max(previous.Size, current.Size) * 0.8
        && previous.Box.Bottom > current.Box.Top - 2
        && Math.Abs(previous.Size - current.Size) < 0.6;

    /// <summary>A line that ends with "and", "of", "the", a comma or a slash (a bilingual heading, "Background /" over "Cefndir") goes on, however short it is.</summary>
    private static bool EndsWithJoiningWord(string text) => JoiningWord().IsMatch(text);

    [GeneratedRegex(@"(?:\b(?:and|or|of|the|for|into|in|to|by|with|a|an|on|at|from)|[,/])\s*$")]
    private static partial Regex JoiningWord();

    /// <summary>Two lines of different widths about one centre: a cover's or title page's lines.</summary>
    private static bool Centred(LayoutLine previous, LayoutLine current)
    {
        var a = (previous.Box.Left + previous.Box.Right) / 2;
        var b = (current.Box.Left + current.Box.Right) / 2;
        return Math.Abs(a - b) < 3 && Math.Abs(previous.Box.Left - current.Box.Left) > 10;
    }

    public static bool IsHeadingLike(LayoutLine line, double bodySize) =>
        line.Size >= bodySize * 1.15 || (line.Bold && line.Size >= bodySize * 0.95 && line.Words.Count <= 20);

    /// <summary>A soft hyphen or U+2010 at a line end: the producer broke the word there (Chromium), so the hyphen goes.</summary>
    public static bool IsProducerHyphen(char c) => c is '\u00AD' or '\u2010';

    private static LineJoin JoinWithin(string textSoFar, LayoutLine current)
    {
        if (textSoFar.Length == 0)
        {
            return LineJoin.Space;
        }

        var last = textSoFar[^1];
        if (IsProducerHyphen(last))
        {
            return LineJoin.Tight;
        }

        // "multi-" + "agency", "COVID-" + "19", "'honour'-" + "based": the line breaks inside one word.
        return last == '-' && EndsWordBeforeHyphen(textSoFar) && current.Text.Length > 0 && char.IsLetterOrDigit(current.Text[0])
            ? LineJoin.Tight
            : LineJoin.Space;
    }

    /// <summary>A letter or digit before the hyphen, or a closing quote after one ("'honour'-based").</summary>
    internal static bool EndsWordBeforeHyphen(string textSoFar) =>
        textSoFar.Length >= 2 && (char.IsLetterOrDigit(textSoFar[^2])
            || (textSoFar.Length >= 3 && textSoFar[^2] is '\'' or '\u2019' or '"' or '\u201D' && char.IsLetterOrDigit(textSoFar[^3])));

    private static bool IsShort(LayoutLine previous, LayoutLine current) => previous.Box.Right < current.Box.Right - (current.Size * 6);

    public static bool EndsSentence(string text)
    {
        var t = text.TrimEnd();
        return t.Length == 0 || t[^1] is '.' or '!' or '?' or ':' or ';' or '"' or '”' or ')' or '’' or '\'';
    }

    private static bool StartsLowerCase(string text) => text.Length > 0 && char.IsLower(text.TrimStart()[0]);

    public static bool StartsListItem(string text) => ListLabel().IsMatch(text);

    [GeneratedRegex(@"^(?:•|-|–|\(?[a-z]\)|\(?[ivxlc]{1,5}\)|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z]{1,3}\d{1,2}[.:]?)\s")]
    private static partial Regex ListLabel();

    [GeneratedRegex(@"^\s*(?:•|-|–|\(?[a-z]\)|\(?[ivxlc]{1,5}\)|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|[A-Z]{1,3}\d{1,2}[.:]?)\s*$")]
    private static partial Regex LabelOnly();
}
