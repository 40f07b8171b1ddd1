using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Web.Review;

namespace Ingest.Web.Tests.Review;

/// <summary>The text with its suggestions as marks: balanced, encoded, overlaps split into pieces that point to their suggestion.</summary>
public sealed class TextRendererTests
{
    private static ReviewItem Item(string id, int start, int end, string label = Labels.PoliceMention) =>
        new(new Annotation(id, label, start, end, "", AnnotationAttributes.None, "rule", "suggested", 0.5, "t@1"), 0);

    private static string Text(string html) => System.Net.WebUtility.HtmlDecode(Regex.Replace(html, "<[^>]+>", string.Empty));

    [Test]
    public void Nested_suggestions_nest_and_the_text_is_unchanged()
    {
        const string text = "The officers of Wexham Police attended.";
        var html = TextRenderer.Render(text, [Item("outer", 0, 39, Labels.GoodPractice), Item("inner", 16, 28)], [], null);

        Assert.That(Text(html), Is.EqualTo(text));
        Assert.That(Regex.Count(html, "<mark"), Is.EqualTo(2));
        Assert.That(html, Does.Contain("<mark class=\"ann l-police_mention s-suggested\" id=\"a-inner\""));
    }

    [Test]
    public void A_suggestion_that_crosses_the_end_of_another_is_split_into_pieces()
    {
        const string text = "abcdefghij";
        var html = TextRenderer.Render(text, [Item("first", 0, 6), Item("second", 3, 9)], [], null);

        Assert.That(Text(html), Is.EqualTo(text));
        Assert.That(Regex.Count(html, "<mark"), Is.EqualTo(Regex.Count(html, "</mark>")));
        Assert.That(html, Does.Contain("cont\" data-of=\"second\">ghi</mark>"));
        Assert.That(Regex.Count(html, "id=\"a-second\""), Is.EqualTo(1));
    }

    [Test]
    public void Markup_in_the_text_is_encoded()
    {
        const string text = "a <script>x()</script> b";
        var html = TextRenderer.Render(text, [Item("s", 2, 22)], [], null);

        Assert.That(html, Does.Not.Contain("<script>"));
        Assert.That(Text(html), Is.EqualTo(text));
    }

    [Test]
    public void Spans_outside_the_text_are_clipped_not_thrown()
    {
        var html = TextRenderer.Render("short", [Item("x", 3, 500), Item("y", 900, 950)], [], null);

        Assert.That(Text(html), Is.EqualTo("short"));
        Assert.That(Regex.Count(html, "<mark"), Is.EqualTo(1));
    }
}
