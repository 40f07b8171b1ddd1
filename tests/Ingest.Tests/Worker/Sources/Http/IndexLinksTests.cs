using System.Text.RegularExpressions;
using Ingest.Worker.Sources.Http;

namespace Ingest.Tests.Worker.Sources.Http;

/// <summary>Links as publishing sites write them: relative, quoted either way or not at all, with markup and entities in the text.</summary>
[TestFixture]
public sealed class IndexLinksTests
{
    private static readonly Uri Page = new("https://www.example-scp.org.uk/practitioners/reviews/");
    private static readonly Regex Pdfs = new(@"\.pdf($|\?)", RegexOptions.IgnoreCase);

    [Test]
    public void Relative_links_are_resolved_against_the_page_and_their_text_is_cleaned()
    {
        const string html = """
            <p><a href="../../media/1234/cspr-child-a.pdf">CSPR <em>Child&nbsp;A</em>
               &ndash; published 2024</a>
            <A HREF='sar-adult-b.PDF' target=_blank>SAR Adult B</A>
            <a href=https://cdn.example.net/files/dhr-1.pdf?v=2>DHR 1</a>
            <a href="mailto:board@example.org">Contact</a> <a href="#top">Top</a> <a href="/about.html">About</a></p>
            """;

        var links = IndexLinks.Find(html, Page, Pdfs);

        Assert.That(links.Select(l => (l.Url.AbsoluteUri, l.Text)), Is.EqualTo(new[]
        {
            ("https://www.example-scp.org.uk/media/1234/cspr-child-a.pdf", "CSPR Child A – published 2024"),
            ("https://www.example-scp.org.uk/practitioners/reviews/sar-adult-b.PDF", "SAR Adult B"),
            ("https://cdn.example.net/files/dhr-1.pdf?v=2", "DHR 1"),
        }));
    }

    [Test]
    public void A_base_href_is_honoured_and_repeated_links_are_taken_once()
    {
        const string html = """
            <head><base href="https://files.example.org/reviews/"></head>
            <a href="one.pdf">One</a> <a href="one.pdf#page=3">One again</a> <a href="two.pdf">Two</a>
            """;

        var links = IndexLinks.Find(html, Page, Pdfs);

        Assert.That(links.Select(l => l.Url.AbsoluteUri), Is.EqualTo(new[] { "https://files.example.org/reviews/one.pdf", "https://files.example.org/reviews/two.pdf" }));
        Assert.That(links.Select(l => l.IndexPage), Has.All.EqualTo(Page));
    }
}
