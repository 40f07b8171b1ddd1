using System.Text.RegularExpressions;
using SampleRenderer.Model;

namespace SampleRenderer.Parsing;

/// <summary>
/// Turns a review.md into a <see cref="Review"/>. The format is line based, so this is a single
/// pass over the lines: block openers (<c>:::</c>, <c>#</c>, <c>- </c>, <c>-# </c>, <c>&gt; </c>, <c>|</c>,
/// <c>[^n]:</c>) are recognised at the start of a line; anything else is paragraph text.
/// </summary>
public sealed partial class ReviewParser
{
    private readonly List<Block> _blocks = [];
    private readonly Dictionary<string, (string Text, int Line)> _noteDefinitions = new(StringComparer.Ordinal);
    private readonly List<string> _pending = [];
    private int _pendingStart;
    private Func<IReadOnlyList<Inline>, Block>? _pendingKind;
    private int _headingCount;

    [GeneratedRegex(@"^\[\^([A-Za-z0-9_-]+)\]:\s*(.*)$")]
    private static partial Regex NoteDefinition();

    [GeneratedRegex(@"^(#{1,3}) +(.+)$")]
    private static partial Regex Heading();

    public static Review Parse(string source)
    {
        var lines = source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var (front, bodyStart) = FrontMatterParser.Parse(lines);
        var parser = new ReviewParser();
        parser.ParseBody(lines, bodyStart);
        var notes = parser.ResolveNotes();
        return new Review(front, parser._blocks, notes);
    }

    /// <summary>Problems worth telling the author that do not stop the render (unused notes).</summary>
    public static IReadOnlyList<string> Warnings(Review review, string source)
    {
        var used = review.Footnotes.Select(n => n.Label).ToHashSet(StringComparer.Ordinal);
        return source.Split('\n')
            .Select(l => NoteDefinition().Match(l.TrimEnd('\r')))
            .Where(m => m.Success && !used.Contains(m.Groups[1].Value))
            .Select(m => $"footnote [^{m.Groups[1].Value}] is defined but never referenced; it is left out")
            .ToList();
    }

    private void ParseBody(string[] lines, int start)
    {
        var i = start;
        while (i < lines.Length)
        {
            i = ParseLine(lines, i);
        }

        FlushPending();
    }

    /// <summary>Handles the block that starts at line <paramref name="i"/>; returns the next line to read.</summary>
    private int ParseLine(string[] lines, int i)
    {
        var line = lines[i].TrimEnd();
        var lineNo = i + 1;
        var trimmed = line.TrimStart();

        if (trimmed.Length == 0)
        {
            FlushPending();
            return i + 1;
        }

        if (trimmed.StartsWith(":::", StringComparison.Ordinal))
        {
            FlushPending();
            return ParseDirective(lines, i, trimmed[3..].Trim());
        }

        var note = NoteDefinition().Match(trimmed);
        if (note.Success)
        {
            FlushPending();
            AddNoteDefinition(note.Groups[1].Value, note.Groups[2].Value, lineNo);
            return i + 1;
        }

        var heading = Heading().Match(trimmed);
        if (heading.Success)
        {
            FlushPending();
            var content = InlineParser.Parse(heading.Groups[2].Value.Trim(), lineNo);
            _headingCount++;
            _blocks.Add(new HeadingBlock(heading.Groups[1].Length, content, "h" + _headingCount));
            return i + 1;
        }

        if (trimmed.StartsWith('|'))
        {
            FlushPending();
            return ParseTable(lines, i);
        }

        if (trimmed.StartsWith("{.ruled}", StringComparison.Ordinal))
        {
            throw new SourceFormatException(lineNo, "{.ruled} must follow a table directly");
        }

        if (trimmed.StartsWith("-# ", StringComparison.Ordinal))
        {
            StartPending(trimmed[3..], lineNo, HangingItem);
            return i + 1;
        }

        if (trimmed.StartsWith("- ", StringComparison.Ordinal))
        {
            StartPending(trimmed[2..], lineNo, c => new BulletItemBlock(c));
            return i + 1;
        }

        // "> " opens a block quotation; further "> " lines (or plain lines) continue it.
        if (trimmed.StartsWith("> ", StringComparison.Ordinal) || trimmed == ">")
        {
            var text = trimmed[1..].TrimStart();
            if (_pendingKind == QuoteKind)
            {
                _pending.Add(text);
            }
            else
            {
                StartPending(text, lineNo, QuoteKind);
            }

            return i + 1;
        }

        // A plain line continues the open paragraph or list item, or starts a paragraph.
        if (_pendingKind is null)
        {
            StartPending(trimmed, lineNo, c => new ParagraphBlock(c));
        }
        else
        {
            _pending.Add(trimmed);
        }

        return i + 1;
    }

    private int ParseDirective(string[] lines, int i, string name)
    {
        switch (name)
        {
            case "cover":
                return ParseCover(lines, i);
            case "contents":
                _blocks.Add(new ContentsBlock());
                return i + 1;
            case "aside":
                return ParseAside(lines, i);
            case "pagebreak":
                _blocks.Add(new PageBreakBlock());
                return i + 1;
            case "landscape":
                _blocks.Add(new PageBreakBlock(PageTurn.Landscape));
                return i + 1;
            case "portrait":
                _blocks.Add(new PageBreakBlock(PageTurn.Portrait));
                return i + 1;
            default:
                throw new SourceFormatException(i + 1,
                    $"unknown block '::: {name}' (cover, contents, aside, pagebreak, landscape or portrait)");
        }
    }

    /// <summary>An aside holds paragraphs and bullet items only, up to a closing <c>:::</c> line.</summary>
    private int ParseAside(string[] lines, int start)
    {
        var outer = _blocks.Count;
        for (var i = start + 1; i < lines.Length;)
        {
            var trimmed = lines[i].Trim();
            if (trimmed == ":::")
            {
                FlushPending();
                var children = _blocks.GetRange(outer, _blocks.Count - outer);
                _blocks.RemoveRange(outer, _blocks.Count - outer);
                if (children.Count == 0 || children.Any(b => b is not ParagraphBlock and not BulletItemBlock))
                {
                    throw new SourceFormatException(start + 1, "::: aside holds paragraphs and - items only");
                }

                _blocks.Add(new AsideBlock(children));
                return i + 1;
            }

            if (trimmed.StartsWith(":::", StringComparison.Ordinal))
            {
                throw new SourceFormatException(i + 1, "::: aside is not closed by a ::: line");
            }

            i = ParseLine(lines, i);
        }

        throw new SourceFormatException(start + 1, "::: aside is not closed by a ::: line");
    }

    private int ParseCover(string[] lines, int start)
    {
        if (_blocks.Count > 0)
        {
            throw new SourceFormatException(start + 1, "the cover must be the first block");
        }

        var coverLines = new List<CoverLine>();
        for (var i = start + 1; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == ":::")
            {
                _blocks.Add(new CoverBlock(TrimBlankEnds(coverLines)));
                return i + 1;
            }

            var isTitle = line.StartsWith("# ", StringComparison.Ordinal);
            var text = isTitle ? line[2..] : line;
            coverLines.Add(new CoverLine(InlineText.Plain(InlineParser.Parse(text, i + 1)), isTitle));
        }

        throw new SourceFormatException(start + 1, "::: cover is not closed by a ::: line");
    }

    private static List<CoverLine> TrimBlankEnds(List<CoverLine> lines)
    {
        var first = lines.FindIndex(l => !l.IsBlank);
        var last = lines.FindLastIndex(l => !l.IsBlank);
        return first < 0 ? [] : lines.GetRange(first, last - first + 1);
    }

    private int ParseTable(string[] lines, int start)
    {
        var rows = new List<(string[] Cells, int Line)>();
        var i = start;
        for (; i < lines.Length && lines[i].TrimStart().StartsWith('|'); i++)
        {
            rows.Add((SplitRow(lines[i].Trim()), i + 1));
        }

        if (rows.Count < 2 || !rows[1].Cells.All(IsSeparatorCell))
        {
            throw new SourceFormatException(start + 1, "a table needs a header row and a |---| separator row");
        }

        var width = rows[0].Cells.Length;
        var bad = rows.FirstOrDefault(r => r.Cells.Length != width);
        if (bad.Cells is not null)
        {
            throw new SourceFormatException(bad.Line, $"table row has {bad.Cells.Length} cells, the header has {width}");
        }

        var ruled = i < lines.Length && lines[i].Trim() == "{.ruled}";
        var header = rows[0].Cells.Select(c => InlineParser.Parse(c, rows[0].Line)).ToList();
        var body = rows.Skip(2)
            .Select(r => (IReadOnlyList<IReadOnlyList<Inline>>)r.Cells.Select(c => InlineParser.Parse(c, r.Line)).ToList())
            .ToList();
        _blocks.Add(new TableBlock(header, body, ruled));
        return ruled ? i + 1 : i;
    }

    private static string[] SplitRow(string row)
    {
        var inner = row.Trim();
        inner = inner.StartsWith('|') ? inner[1..] : inner;
        inner = inner.EndsWith('|') ? inner[..^1] : inner;
        return inner.Split('|').Select(c => c.Trim()).ToArray();
    }

    private static bool IsSeparatorCell(string cell) =>
        cell.Length > 0 && cell.Trim(':').Length > 0 && cell.Trim(':').All(c => c == '-');

    private static readonly Func<IReadOnlyList<Inline>, Block> QuoteKind = c => new ParagraphBlock(c, Quote: true);

    private static Block HangingItem(IReadOnlyList<Inline> content)
    {
        // The label is the first word of the item as written; it must be plain text.
        if (content.Count == 0 || content[0] is not TextRun first)
        {
            throw new SourceFormatException("a -# item must start with its label (1., (ii), R3)");
        }

        var text = first.Text.TrimStart();
        var space = text.IndexOf(' ', StringComparison.Ordinal);
        var label = space < 0 ? text : text[..space];
        var rest = space < 0 ? "" : text[(space + 1)..].TrimStart();
        var remaining = new List<Inline>();
        if (rest.Length > 0)
        {
            remaining.Add(first with { Text = rest });
        }

        remaining.AddRange(content.Skip(1));

        // "-# **R1** text": the label was a whole run, so the next run starts with the separating space.
        if (remaining.Count > 0 && remaining[0] is TextRun lead)
        {
            remaining[0] = lead with { Text = lead.Text.TrimStart() };
        }

        return new HangingItemBlock(label, remaining);
    }

    private void StartPending(string text, int lineNo, Func<IReadOnlyList<Inline>, Block> kind)
    {
        FlushPending();
        _pending.Add(text);
        _pendingStart = lineNo;
        _pendingKind = kind;
    }

    private void FlushPending()
    {
        if (_pendingKind is null)
        {
            return;
        }

        var joined = string.Join(' ', _pending);
        _blocks.Add(_pendingKind(InlineParser.Parse(joined, _pendingStart)));
        _pending.Clear();
        _pendingKind = null;
    }

    private void AddNoteDefinition(string label, string text, int lineNo)
    {
        if (!_noteDefinitions.TryAdd(label, (text, lineNo)))
        {
            throw new SourceFormatException(lineNo, $"footnote [^{label}] is defined twice");
        }
    }

    /// <summary>Pairs every reference with its definition, in order of first reference.</summary>
    private List<Footnote> ResolveNotes()
    {
        var notes = new List<Footnote>();
        foreach (var label in _blocks.SelectMany(BlockInlines).SelectMany(InlineText.NoteLabels))
        {
            if (notes.Any(n => n.Label == label))
            {
                continue;
            }

            if (!_noteDefinitions.TryGetValue(label, out var def))
            {
                throw new SourceFormatException($"footnote [^{label}] is referenced but never defined");
            }

            notes.Add(new Footnote(label, InlineParser.Parse(def.Text, def.Line)));
        }

        return notes;
    }

    /// <summary>Every inline list in a block, so note references are found in cells and headings too.</summary>
    public static IEnumerable<IReadOnlyList<Inline>> BlockInlines(Block block) => block switch
    {
        HeadingBlock h => [h.Content],
        ParagraphBlock p => [p.Content],
        BulletItemBlock b => [b.Content],
        HangingItemBlock l => [l.Content],
        TableBlock t => t.Header.Concat(t.Rows.SelectMany(r => r)),
        _ => [],
    };
}
