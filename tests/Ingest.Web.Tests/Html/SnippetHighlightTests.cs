using Ingest.Web.Html;

namespace Ingest.Web.Tests.Html;

/// <summary>Search snippets become HTML with the text encoded and only our own &lt;mark&gt; tags, always paired.</summary>
public sealed class SnippetHighlightTests
{
    private const string S = SnippetHighlight.Start;
    private const string E = SnippetHighlight.End;

    [Test]
    public void Matches_are_marked_and_the_text_around_them_encoded()
    {
        var html = SnippetHighlight.ToHtml($"the note said <b>{S}Clare's{E} Law</b> & more");

        Assert.That(html, Is.EqualTo("the note said &lt;b&gt;<mark>Clare&#x27;s</mark> Law&lt;/b&gt; &amp; more"));
    }

    [Test]
    public void Markup_inside_a_match_is_encoded_too()
    {
        Assert.That(SnippetHighlight.ToHtml($"{S}<script>{E}"), Is.EqualTo("<mark>&lt;script&gt;</mark>"));
    }

    [Test]
    public void Stray_or_unclosed_marks_never_leave_a_tag_unpaired()
    {
        Assert.That(SnippetHighlight.ToHtml($"a{E}b{S}c{S}d"), Is.EqualTo("ab<mark>cd</mark>"));
    }
}
