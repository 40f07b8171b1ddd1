using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Pdf.Layout;

namespace Ingest.Pdf.Cleaning;

/// <summary>
/// Writes the body lines of every page, in order, into one traced text: paragraphs separated by a
/// blank line, lines of a paragraph by a space, line-end hyphens repaired, footnote marks left out
/// (their offsets kept), every character mapped back to its glyph.
/// </summary>
internal sealed class TextAssembler(double bodySize)
{
    private readonly TracedTextBuilder _text = new();
    private readonly List<int> _keptHyphens = [];
    private readonly List<(string Mark, int Page, int Offset)> _marks = [];
    private readonly List<PageInfo> _pages = [];
    private readonly List<TextBlock> _blocks = [];
    private (int Start, LayoutLine First, int Lines)? _open;
    private LayoutLine? _previous;
    private ColumnGeometry? _previousColumns;
    private bool _previousWholeBlock;

    public IReadOnlyList<(string Mark, int Page, int Offset)> Marks => _marks;

    public void AddPage(LayoutPage page, IReadOnlyList<LayoutLine> body, HashSet<Glyph> marks, IReadOnlyList<string> headers, IReadOnlyList<string> footers)
    {
        var start = _text.Length;
        _text.SetPageForInserted(page.Number);
        var columns = new ColumnGeometry(body);
        for (var i = 0; i < body.Count; i++)
        {
            var line = body[i];
            var wholeBlock = (i == 0 || body[i - 1].Block != line.Block) && (i == body.Count - 1 || body[i + 1].Block != line.Block);
            AppendLine(line, wholeBlock, marks, columns);
        }

        _previousColumns = columns;

        var first = Math.Min(start + LeadingSeparatorLength(start), _text.Length);
        _pages.Add(new PageInfo(page.Number, first, _text.Length, page.Width, page.Height, headers, footers, page.ImageOnly));
    }

    private int LeadingSeparatorLength(int start)
    {
        var n = 0;
        while (start + n < _text.Length && char.IsWhiteSpace(_text[start + n]))
        {
            n++;
        }

        return n;
    }

    private void AppendLine(LayoutLine line, bool wholeBlock, HashSet<Glyph> marks, ColumnGeometry columns)
    {
        if (_previous is not null)
        {
            var soFar = _text.Length == 0 ? string.Empty : _text.Substring(Math.Max(0, _text.Length - 3), Math.Min(3, _text.Length));
            var previousColumns = _previous.Page == line.Page ? columns : _previousColumns ?? columns;
            var nextWord = line.Words.Count > 0 ? line.Words[0].Box.Right - line.Words[0].Box.Left : 0;
            var columnBreak = new ColumnBreak(previousColumns.IsFull(_previous, nextWord, line), columns.IsColumnTop(line));
            switch (LineJoinRules.Decide(_previous, _previousWholeBlock, line, bodySize, soFar, columnBreak))
            {
                case LineJoin.Paragraph:
                    _text.TrimEnd();
                    CloseBlock();
                    _text.AppendInserted("\n\n");
                    break;
                case LineJoin.Tight:
                    if (LineJoinRules.IsProducerHyphen(_text[_text.Length - 1]))
                    {
                        _text.Remove(_text.Length - 1, 1);
                    }
                    else
                    {
                        _keptHyphens.Add(_text.Length - 1);
                    }

                    break;
                default:
                    _text.AppendInserted(" ");
                    break;
            }
        }

        _open = _open is { } o ? o with { Lines = o.Lines + 1 } : (_text.Length, line, 1);
        AppendWords(line, marks);
        _previous = line;
        _previousWholeBlock = wholeBlock;
    }

    private void AppendWords(LayoutLine line, HashSet<Glyph> marks)
    {
        var firstWord = true;
        var afterMark = false;
        foreach (var word in line.Words)
        {
            // Most pages have no marks at all: no filtered copy of every word's glyphs then.
            var visible = marks.Count == 0 ? word.Glyphs : word.Glyphs.Where(g => !marks.Contains(g)).ToList();
            if (visible.Count < word.Glyphs.Count)
            {
                _marks.Add((SuperscriptMarks.MarkOf(word, marks), line.Page, _text.Length));
            }

            if (visible.Count == 0)
            {
                afterMark = true;
                continue;
            }

            // "Review¹." can come out as the words "Review", "¹" and "." (or "¹."): with the mark left out, the full stop
            // closes the word before it, as it does on the page, rather than standing after a space.
            var closesMarkedWord = (afterMark || marks.Contains(word.Glyphs[0])) && ClosingPunctuation(visible[0].Value);
            afterMark = false;
            if (!firstWord && !closesMarkedWord)
            {
                _text.AppendInserted(" ");
            }

            for (var i = 0; i < visible.Count; i++)
            {
                var g = visible[i];
                // A soft hyphen inside a line is invisible; at the line end it is a repair signal.
                if (g.Value == "\u00AD" && i < visible.Count - 1)
                {
                    continue;
                }

                _text.AppendGlyph(g.Value, line.Page, g.Box);
            }

            firstWord = false;
        }
    }

    private static bool ClosingPunctuation(string glyph) => glyph is "." or "," or ";" or ":" or "!" or "?" or ")" or "’" or "”";

    /// <summary>
    /// Line-end U+002D hyphens: in reviews most are real compounds (multi-agency, self-neglect,
    /// COVID-19), but LibreOffice and Word hyphenate with the same character. The document itself
    /// decides (see <see cref="HyphenJudge"/>).
    /// </summary>
    private void CloseBlock()
    {
        if (_open is { } o && _text.Length > o.Start)
        {
            _blocks.Add(new TextBlock(o.Start, _text.Length, o.First.Page, o.First.Size, o.First.Bold, bodySize, o.Lines, Finite(o.First.Box.Left), Finite(o.First.Box.Top)));
        }

        _open = null;
    }

    public IReadOnlyList<TextBlock> Blocks { get; private set; } = [];

    /// <summary>Broken PDFs can place glyphs at infinity; a position that is not a number is no position.</summary>
    private static float Finite(float value) => float.IsFinite(value) ? value : 0;

    public (string Text, OffsetMap Map, IReadOnlyList<PageInfo> Pages) Finish()
    {
        _text.TrimEnd();
        CloseBlock();
        var (draft, _) = _text.Build();
        var judge = new HyphenJudge(draft, _keptHyphens);
        var removals = _keptHyphens.Where(i => i < draft.Length && judge.IsFromLayout(i)).OrderDescending().ToList();
        foreach (var i in removals)
        {
            _text.Remove(i, 1);
        }

        var (text, map) = _text.Build();
        var pages = _pages.Select(p => p with
        {
            Start = Shift(p.Start, removals),
            End = Math.Min(Shift(p.End, removals), text.Length),
        }).ToList();
        Blocks = _blocks.Select(b => b with { Start = Shift(b.Start, removals), End = Math.Min(Shift(b.End, removals), text.Length) }).ToList();
        for (var m = 0; m < _marks.Count; m++)
        {
            _marks[m] = _marks[m] with { Offset = Shift(_marks[m].Offset, removals) };
        }

        return (text, map, pages);
    }

    private static int Shift(int offset, List<int> removals) => offset - removals.Count(r => r < offset);
}
