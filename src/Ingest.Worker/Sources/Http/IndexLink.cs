using System.Net;
using System.Text.RegularExpressions;

namespace Ingest.Worker.Sources.Http;

/// <summary>A link found on an index page: the absolute URL and the words it was shown with.</summary>
public sealed record IndexLink(Uri Url, string Text, Uri IndexPage);

/// <summary>
/// Finds the links of an index page. Publishing sites are hand-made HTML of every vintage, so this reads
/// anchors with a tolerant pattern rather than a parser that could refuse a page: quoted or bare hrefs,
/// relative URLs resolved against the page (or its &lt;base href&gt;), entities decoded, tags inside the link text dropped.
/// </summary>
public static partial class IndexLinks
{
    public static IReadOnlyList<IndexLink> Find(string html, Uri page, Regex linkPattern)
    {
        var baseUri = BaseHref().Match(html) is { Success: true } b && Uri.TryCreate(page, WebUtility.HtmlDecode(Href(b)), out var declared) ? declared : page;
        var links = new List<IndexLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in Anchor().Matches(html))
        {
            var href = WebUtility.HtmlDecode(Href(m)).Trim();
            if (href.Length == 0 || href.StartsWith('#') || !Uri.TryCreate(baseUri, href, out var url) || url.Scheme is not ("http" or "https"))
            {
                continue;
            }

            var absolute = new UriBuilder(url) { Fragment = string.Empty }.Uri;
            if (linkPattern.IsMatch(absolute.AbsoluteUri) && seen.Add(absolute.AbsoluteUri))
            {
                links.Add(new IndexLink(absolute, Text(m.Groups["text"].Value), page));
            }
        }

        return links;
    }

    private static string Href(Match m) => m.Groups["dq"].Success ? m.Groups["dq"].Value : m.Groups["sq"].Success ? m.Groups["sq"].Value : m.Groups["bare"].Value;

    private static string Text(string inner) => Spaces().Replace(WebUtility.HtmlDecode(Tags().Replace(inner, " ")), " ").Trim();

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s>]+))[^>]*>(?<text>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex Anchor();

    [GeneratedRegex("""<base\b[^>]*?\bhref\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s>]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BaseHref();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
