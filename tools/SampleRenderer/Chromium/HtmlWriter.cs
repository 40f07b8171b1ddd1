using System.Net;
using System.Text;
using SampleRenderer.Golden;
using SampleRenderer.Infrastructure;
using SampleRenderer.Model;

namespace SampleRenderer.Chromium;

/// <summary>
/// Writes <c>source.html</c>. Body blocks between page breaks are wrapped in one <c>div.body</c>
/// each (with two columns when asked), because a forced page break inside a multi-column box is
/// where browsers are least reliable; closing the box and starting a new one on a new page is not.
/// </summary>
public sealed class HtmlWriter(Review review, LiangHyphenator? hyphenator)
{
    private readonly StringBuilder _html = new();
    private bool _inBody;
    private bool _inList;
    private bool _breakBeforeNextBody;
    private bool _landscape;

    public string Write()
    {
        _html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n");
        _html.Append("<title>").Append(Esc(review.Title)).Append("</title>\n");
        _html.Append("<meta name=\"generator\" content=\"Ingest SampleRenderer\">\n");
        _html.Append("<style>\n").Append(HtmlStyles.Css(review)).Append("</style>\n</head>\n<body>\n");
        foreach (var block in review.Blocks)
        {
            WriteBlock(block);
        }

        WriteEndnotes();
        CloseBody();
        _html.Append("</body>\n</html>\n");
        return _html.ToString();
    }

    private void WriteBlock(Block block)
    {
        if (block is not BulletItemBlock)
        {
            CloseList();
        }

        switch (block)
        {
            case CoverBlock c: WriteCover(c); break;
            case ContentsBlock: WriteContents(); break;
            case PageBreakBlock pb:
                CloseBody();
                _breakBeforeNextBody = true;
                _landscape = pb.Turn switch { PageTurn.Landscape => true, PageTurn.Portrait => false, _ => _landscape };
                break;
            case HeadingBlock h:
                OpenBody();
                _html.Append($"<h{h.Level} id=\"{h.Anchor}\">").Append(Inlines(h.Content)).Append($"</h{h.Level}>\n");
                break;
            case ParagraphBlock { Quote: true } q:
                OpenBody();
                _html.Append("<p class=\"quote\">").Append(Hyphenated(q.Content)).Append("</p>\n");
                break;
            case ParagraphBlock p: OpenBody(); Line("p", Hyphenated(p.Content)); break;
            case BulletItemBlock b: WriteBullet(b); break;
            case HangingItemBlock l:
                OpenBody();
                _html.Append("<p class=\"hanging\"><span class=\"label\">").Append(Esc(l.Label)).Append("</span>")
                    .Append(Hyphenated(l.Content)).Append("</p>\n");
                break;
            case TableBlock t: OpenBody(); _html.Append(HtmlTable.Build(t, review.Front, Inlines)); break;
            case AsideBlock a:
                OpenBody();
                _html.Append("<aside class=\"aside\">\n");
                foreach (var child in a.Children)
                {
                    WriteBlock(child);
                }

                CloseList();
                _html.Append("</aside>\n");
                break;
        }
    }

    private void WriteCover(CoverBlock cover)
    {
        _html.Append("<div class=\"cover\">\n");
        foreach (var line in cover.Lines)
        {
            if (line.IsBlank)
            {
                _html.Append("<div class=\"gap\"></div>\n");
            }
            else
            {
                _html.Append(line.IsTitle ? "<h1 class=\"title\">" : "<p class=\"line\">")
                    .Append(Esc(line.Text)).Append(line.IsTitle ? "</h1>\n" : "</p>\n");
            }
        }

        _html.Append("</div>\n");
    }

    /// <summary>
    /// Chromium cannot know page numbers while laying out (no target-counter), so the contents page
    /// lists the headings as links without numbers.
    /// </summary>
    private void WriteContents()
    {
        _html.Append("<div class=\"contents\">\n<p class=\"heading\">Contents</p>\n");
        foreach (var h in review.ContentsHeadings())
        {
            _html.Append($"<p class=\"toc{h.Level}\"><a href=\"#{h.Anchor}\">")
                .Append(Esc(InlineText.Plain(h.Content))).Append("</a></p>\n");
        }

        _html.Append("</div>\n");
    }

    private void WriteBullet(BulletItemBlock b)
    {
        OpenBody();
        if (!_inList)
        {
            _html.Append("<ul class=\"bullets\">\n");
            _inList = true;
        }

        Line("li", Hyphenated(b.Content));
    }

    /// <summary>No CSS footnotes in Chromium: the notes become a numbered list at the end of the body.</summary>
    private void WriteEndnotes()
    {
        CloseList();
        if (review.Footnotes.Count == 0)
        {
            return;
        }

        OpenBody();
        _html.Append("<div class=\"notes\">\n<p class=\"heading\">").Append(EndnoteFormat.Heading).Append("</p>\n");
        foreach (var note in review.Footnotes)
        {
            _html.Append($"<p id=\"note-{Esc(note.Label)}\"><span class=\"label\">").Append(Esc(EndnoteFormat.Mark(note)))
                .Append("</span>").Append(Hyphenated(note.Content)).Append("</p>\n");
        }

        _html.Append("</div>\n");
    }

    private void OpenBody()
    {
        if (_inBody)
        {
            return;
        }

        var classes = "body" + (review.Front.Columns == 2 ? " columns" : "") + (_breakBeforeNextBody ? " page-break" : "")
            + (_landscape ? " landscape" : "");
        _html.Append($"<div class=\"{classes}\">\n");
        _inBody = true;
        _breakBeforeNextBody = false;
    }

    private void CloseBody()
    {
        CloseList();
        if (_inBody)
        {
            _html.Append("</div>\n");
            _inBody = false;
        }
    }

    private void CloseList()
    {
        if (_inList)
        {
            _html.Append("</ul>\n");
            _inList = false;
        }
    }

    private void Line(string tag, string content) => _html.Append('<').Append(tag).Append('>').Append(content).Append("</").Append(tag).Append(">\n");

    /// <summary>
    /// Body text with soft hyphens at the dictionary's break points when the sample asks for
    /// hyphenation (headings and table cells are not hyphenated, as in the other producers' styles).
    /// </summary>
    private string Hyphenated(IEnumerable<Inline> content) =>
        review.Front.Hyphenate && hyphenator is not null
            ? Inlines(content.Select(i => i is TextRun r ? r with { Text = hyphenator.Insert(r.Text, "\u00AD") } : i))
            : Inlines(content);

    /// <summary>Inline runs as HTML: bold as &lt;strong&gt;, note references as superscript links.</summary>
    private static string Inlines(IEnumerable<Inline> content)
    {
        var sb = new StringBuilder();
        foreach (var inline in content)
        {
            sb.Append(inline switch
            {
                TextRun { Bold: true } r => "<strong>" + Esc(r.Text) + "</strong>",
                TextRun r => Esc(r.Text),
                NoteRef n => $"<sup class=\"note\"><a href=\"#note-{Esc(n.Label)}\" style=\"color:inherit;text-decoration:none\">{Esc(n.Label)}</a></sup>",
                _ => "",
            });
        }

        return sb.ToString();
    }

    public static string Esc(string text) => WebUtility.HtmlEncode(text).Replace("&#173;", "&shy;", StringComparison.Ordinal);
}
