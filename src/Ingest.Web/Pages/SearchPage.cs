using System.Data.Common;
using System.Globalization;
using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Search;
using Ingest.Core.Storage;
using Ingest.Web.Html;
using Ingest.Web.Review;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Npgsql;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// Sentence search over the corpus (the same <see cref="ISentenceSearch"/> as `ingest search`): a GET
/// form with the query, a label and a review type; each hit links to its review at its section, with its
/// snippet highlighted, its page and the labels it overlaps; 25 hits a page. It changes nothing.
/// </summary>
internal static class SearchPage
{
    public const int PageSize = 25;

    // The search has no offset: page N asks for N pages of hits and shows the last; this bounds the cost.
    public const int MaxPage = 40;

    public static void Map(RouteGroupBuilder group) => group.MapGet("/search", Show);

    private static async Task<IResult> Show(HttpContext http, ISentenceSearch search, IDocumentStore store, ILoggerFactory logs, string? q, string? label, string? type, string? page)
    {
        var form = Form(q, label, type);
        var problem = Problem(q, label, type, page, out var number);
        if (string.IsNullOrWhiteSpace(q) || problem is not null)
        {
            var status = problem is null ? 200 : 400;
            return Result(Page(http, "Search", form + (problem is null ? string.Empty : $"<p class=\"problem\">{E(problem)}</p>")), status);
        }

        var query = new SearchQuery(q, label is { Length: > 0 } ? [label] : [], type is { Length: > 0 } ? [type] : [], number * PageSize + 1)
        {
            HighlightStart = SnippetHighlight.Start,
            HighlightEnd = SnippetHighlight.End,
        };
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = await search.SearchAsync(query, http.RequestAborted);
        }
        catch (DbException e) when (IsQueryError(e))
        {
            logs.CreateLogger("Ingest.Web.Search").LogWarning(e, "Search query {Query} was refused by the index", q);
            return Result(Page(http, "Search", form + "<p class=\"problem\">The search could not read this query. Check its quotes and any * or OR, or try plainer words.</p>"), 400);
        }

        var shown = hits.Skip((number - 1) * PageSize).Take(PageSize).ToList();
        var sections = await SectionsAsync(shown, store, http.RequestAborted);
        var body = new StringBuilder(form);
        body.Append("<p>").Append(Summary(hits.Count, shown.Count, number)).Append("</p>");
        if (hits.Count == 0 && search is ISearchIndexState index && await index.NeedsBuildingAsync(http.RequestAborted))
        {
            body.Append("<p class=\"problem\">The search index of this store has never been built, so nothing can be found yet. Ask an administrator to run <code>ingest search --reindex</code>.</p>");
        }
        if (shown.Count > 0)
        {
            body.Append("<ol class=\"search-hits\" start=\"").Append(E((number - 1) * PageSize + 1)).Append("\">");
            foreach (var hit in shown)
            {
                body.Append(Hit(hit, sections.GetValueOrDefault(hit.DocumentId) ?? []));
            }

            body.Append("</ol>");
        }

        body.Append(Pager(q, label, type, number, hits.Count > number * PageSize));
        return Result(Page(http, "Search", body.ToString()));
    }

    /// <summary>What is wrong with the request, in words, or null; also the page number asked for.</summary>
    private static string? Problem(string? q, string? label, string? type, string? page, out int number)
    {
        number = 1;
        if (page is { Length: > 0 } && (!int.TryParse(page, NumberStyles.None, CultureInfo.InvariantCulture, out number) || number < 1 || number > MaxPage))
        {
            number = 1;
            return $"The page must be a whole number from 1 to {MaxPage}; narrow the search to see hits further down.";
        }

        if (label is { Length: > 0 } && !Vocabulary.IsLabel(label))
        {
            return $"There is no label '{label}'.";
        }

        if (type is { Length: > 0 } && !Vocabulary.ReviewTypes.Contains(type))
        {
            return $"There is no review type '{type}'.";
        }

        if (!string.IsNullOrWhiteSpace(q) && !SearchTerms.Parse(q).Any(t => !t.Or))
        {
            return "The query has no word to search for: type words, a \"quoted phrase\", a prefix* or two terms with OR between them.";
        }

        return null;
    }

    /// <summary>A query the index could not parse (as opposed to a store that is down, which stays a server error).</summary>
    private static bool IsQueryError(DbException e) => e switch
    {
        SqliteException s => s.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || s.Message.Contains("syntax error", StringComparison.OrdinalIgnoreCase),
        PostgresException p => p.SqlState.StartsWith("42601", StringComparison.Ordinal) || p.SqlState.StartsWith("22", StringComparison.Ordinal),
        _ => false,
    };

    /// <summary>The sections of each review on this page of hits (one read per review), to name and link each hit's section.</summary>
    private static async Task<Dictionary<string, IReadOnlyList<Section>>> SectionsAsync(IEnumerable<SearchHit> hits, IDocumentStore store, CancellationToken ct)
    {
        var sections = new Dictionary<string, IReadOnlyList<Section>>(StringComparer.Ordinal);
        foreach (var id in hits.Select(h => h.DocumentId).Distinct(StringComparer.Ordinal))
        {
            sections[id] = (await store.GetAsync(id, ct))?.Sections ?? [];
        }

        return sections;
    }

    /// <summary>The innermost section the sentence starts in, with its index (the review page's #sec-N anchor).</summary>
    internal static (Section Section, int Index)? SectionOf(IReadOnlyList<Section> sections, int offset) =>
        sections.Select((s, i) => (Section: s, Index: i))
            .Where(s => s.Section.Start <= offset && offset < s.Section.End)
            .OrderByDescending(s => s.Section.Start).ThenByDescending(s => s.Section.Level)
            .Select(s => ((Section, int)?)s)
            .FirstOrDefault();

    private static string Hit(SearchHit hit, IReadOnlyList<Section> sections)
    {
        var section = SectionOf(sections, hit.Start);
        var href = $"/review/{Uri.EscapeDataString(hit.DocumentId)}" + (section is { } s ? $"#sec-{s.Index.ToString(CultureInfo.InvariantCulture)}" : string.Empty);
        var where = new List<string>();
        if (section?.Section.Heading is { Length: > 0 } heading)
        {
            where.Add(E(heading));
        }

        if (hit.Page is { } p)
        {
            where.Add("p. " + E(p));
        }

        var labels = string.Concat(hit.Labels.Select(l => $"<span class=\"hit-label l-{E(l)}\">{E(Vocabulary.NameOf(l))}</span>"));
        return $"<li><p class=\"hit-head\"><a href=\"{E(href)}\">{E(hit.Title ?? hit.FileName)}</a> <small>{E(hit.FileName)}{(where.Count > 0 ? " · " + string.Join(" · ", where) : string.Empty)}</small></p>" +
               $"<p class=\"snippet\">{SnippetHighlight.ToHtml(hit.Snippet)}</p>{(labels.Length > 0 ? $"<p class=\"hit-labels\">{labels}</p>" : string.Empty)}</li>";
    }

    private static string Summary(int found, int shown, int number) => shown == 0
        ? (number == 1 ? "No sentence matches." : "No more sentences match.")
        : $"Sentences {(number - 1) * PageSize + 1}–{(number - 1) * PageSize + shown}{(found > number * PageSize ? " (more on the next page)" : string.Empty)}.";

    private static string Pager(string q, string? label, string? type, int number, bool more)
    {
        string Link(int n, string text) =>
            $"<a href=\"/search?q={Q(q)}{(label is { Length: > 0 } ? "&amp;label=" + Q(label) : string.Empty)}{(type is { Length: > 0 } ? "&amp;type=" + Q(type) : string.Empty)}&amp;page={E(n)}\">{E(text)}</a>";

        var links = new List<string>();
        if (number > 1)
        {
            links.Add(Link(number - 1, "Previous page"));
        }

        if (more && number < MaxPage)
        {
            links.Add(Link(number + 1, "Next page"));
        }

        return links.Count == 0 ? string.Empty : $"<nav class=\"pager\">{string.Join(" ", links)}</nav>";
    }

    private static string Form(string? q, string? label, string? type)
    {
        static string Opt(string value, string text, string? current) =>
            $"<option value=\"{E(value)}\"{(value == current ? " selected" : string.Empty)}>{E(text)}</option>";

        var labels = string.Concat(Vocabulary.Labels.Select(l => Opt(l.Label, l.Name, label)));
        var types = string.Concat(Vocabulary.ReviewTypes.Select(t => Opt(t, t, type)));
        return $"""
            <h1>Search</h1>
            <form method="get" action="/search" class="filters" role="search">
            <label>Words <input type="search" name="q" value="{E(q)}" size="40" autofocus></label>
            <label>Label <select name="label"><option value="">any</option>{labels}</select></label>
            <label>Type <select name="type"><option value="">any</option>{types}</select></label>
            <button type="submit">Search</button>
            </form>
            <p class="hint">All words must occur (stemmed: "attend" finds "attended"); "quoted phrase"; prefix*; OR between two terms takes either.</p>
            """;
    }
}
