using System.Text;
using Ingest.Core.Reports;
using Ingest.Core.Storage;
using Ingest.Web.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// The corpus report of `ingest report` in the browser: the same <see cref="CorpusReport"/> rows, as tables
/// and server-drawn SVG charts (<see cref="ReportSections"/>), a review type filter, and the same CSV to
/// download. GETs only; it changes nothing.
/// </summary>
internal static class ReportPage
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/report", Show);
        group.MapGet("/report.csv", Download);
    }

    private static async Task<IResult> Show(HttpContext http, IDocumentStore store, string? type)
    {
        var rows = await BuildAsync(store, http.RequestAborted);
        var form = Form(rows, type);
        if (Problem(rows, type) is { } problem)
        {
            return Result(Page(http, "Corpus report", form + $"<p class=\"problem\">{E(problem)}</p>"), 400);
        }

        var shown = Filter(rows, type);
        var body = new StringBuilder(form);
        if (shown.Count == 0 || rows[^1].Reviews == 0)
        {
            body.Append(type is { Length: > 0 } ? $"<p>No ingested review of type {E(type)} yet.</p>" : "<p>No ingested review yet: run the pipeline or upload a review.</p>");
            return Result(Page(http, "Corpus report", body.ToString()));
        }

        body.Append(ReportSections.Render(shown, type is { Length: > 0 } ? shown[0] : rows[^1]));
        return Result(Page(http, "Corpus report", body.ToString()));
    }

    /// <summary>The CSV `ingest report` writes (same header, rows, number format and UTF-8 without BOM), narrowed by the filter.</summary>
    private static async Task<IResult> Download(HttpContext http, IDocumentStore store, TimeProvider clock, string? type)
    {
        var rows = await BuildAsync(store, http.RequestAborted);
        if (Problem(rows, type) is { } problem)
        {
            return Results.Text(problem + "\n", "text/plain; charset=utf-8", Encoding.UTF8, 400);
        }

        await using var csv = new StringWriter();
        await CorpusReport.WriteCsvAsync(Filter(rows, type), csv, http.RequestAborted);
        return Results.File(new UTF8Encoding(false).GetBytes(csv.ToString()), "text/csv; charset=utf-8", FileName(type, clock));
    }

    /// <summary>"ingest-report-2026-11-27.csv", or "ingest-report-DHR-2026-11-27.csv" for one type (only letters, digits and dashes from the type).</summary>
    internal static string FileName(string? type, TimeProvider clock)
    {
        var date = clock.GetUtcNow().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var safe = new string((type ?? string.Empty).Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return safe.Length == 0 ? $"ingest-report-{date}.csv" : $"ingest-report-{safe}-{date}.csv";
    }

    private static Task<IReadOnlyList<ReviewTypeSummary>> BuildAsync(IDocumentStore store, CancellationToken ct) =>
        CorpusReport.BuildAsync(store.ListAsync(withText: true, ct), ct);

    /// <summary>All rows (each type, then all reviews), or the one row of the chosen type (none when it has no reviews yet).</summary>
    private static IReadOnlyList<ReviewTypeSummary> Filter(IReadOnlyList<ReviewTypeSummary> rows, string? type) =>
        type is { Length: > 0 } ? rows.Where(r => r.ReviewType == type && r.ReviewType != CorpusReport.AllReviews).ToList() : rows;

    /// <summary>A type the filter can take: any type of CONTRACT §5 (with reviews or not) or any type the store's reviews have.</summary>
    private static IReadOnlyList<string> Types(IReadOnlyList<ReviewTypeSummary> rows) =>
        Vocabulary.ReviewTypes.Concat(rows.Select(r => r.ReviewType).Where(t => t != CorpusReport.AllReviews)).Distinct(StringComparer.Ordinal).ToList();

    private static string? Problem(IReadOnlyList<ReviewTypeSummary> rows, string? type) =>
        type is { Length: > 0 } && !Types(rows).Contains(type) ? $"There is no review type '{type}'." : null;

    private static string Form(IReadOnlyList<ReviewTypeSummary> rows, string? type)
    {
        var options = string.Concat(Types(rows).Select(t => $"<option value=\"{E(t)}\"{(t == type ? " selected" : string.Empty)}>{E(t)}</option>"));
        var csv = "/report.csv" + (type is { Length: > 0 } ? "?type=" + Q(type) : string.Empty);
        return $"""
            <h1>Corpus report</h1>
            <form method="get" action="/report" class="filters">
            <label>Review type <select name="type"><option value="">all types</option>{options}</select></label>
            <button type="submit">Show</button>
            <a class="download" href="{E(csv)}" download>Download as CSV</a>
            </form>
            <p class="hint">The figures of <code>ingest report</code>: ingested reviews only; a joint review (DHR/SAR) counts in each of its types; shares and densities are means over a type's reviews, counts are totals; rejected suggestions do not count.</p>
            """;
    }
}
