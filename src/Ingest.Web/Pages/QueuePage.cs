using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Review;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>The filters of the review queue, as query parameters.</summary>
internal sealed record QueueFilter(string? Type, string? Status, string? Progress, int? Rating, string? Force, string? Board, DateOnly? From, DateOnly? To, string Order)
{
    /// <summary>Screening: where it stands (awaiting, confirmed, overridden) or what it says (engaged, not_engaged).</summary>
    public string? Screening { get; init; }

    public static QueueFilter Parse(HttpRequest r)
    {
        string? S(string k) => string.IsNullOrWhiteSpace(r.Query[k]) ? null : r.Query[k].ToString().Trim();
        return new QueueFilter(
            S("type"), S("status"), S("progress"),
            int.TryParse(S("rating"), out var rating) ? rating : null,
            S("force"), S("board"),
            DateOnly.TryParse(S("from"), out var from) ? from : null,
            DateOnly.TryParse(S("to"), out var to) ? to : null,
            S("order") ?? "uncertain")
        {
            Screening = S("screening"),
        };
    }

    public bool Matches(DocumentSummary d) =>
        (Type is null || d.Types.Contains(Type, StringComparer.OrdinalIgnoreCase))
        && (Status is null || d.Document.Status.ToWire() == Status)
        && (Progress is null || d.Progress == Progress)
        && (Rating is null || d.Rating == Rating)
        && (Force is null || d.Forces.Any(f => f.Contains(Force, StringComparison.OrdinalIgnoreCase)))
        && (Board is null || (d.Board?.Contains(Board, StringComparison.OrdinalIgnoreCase) ?? false))
        && (From is null || (d.Date is { } a && a.Last >= From))
        && (To is null || (d.Date is { } b && b.First <= To))
        && (Screening is null || MatchesScreening(d));

    private bool MatchesScreening(DocumentSummary d) => Screening switch
    {
        "engaged" => d.PoliceEngaged == true,
        "not_engaged" => d.PoliceEngaged == false,
        _ => d.ScreeningState == Screening,
    };

    public IEnumerable<DocumentSummary> Sort(IEnumerable<DocumentSummary> docs) => Order switch
    {
        "published" => docs.OrderByDescending(d => d.Date?.First),
        "title" => docs.OrderBy(d => d.Title, StringComparer.OrdinalIgnoreCase),
        // Least certain first: documents whose weakest waiting suggestion is weakest come first; finished ones last.
        _ => docs.OrderBy(d => d.LeastCertain ?? 2).ThenBy(d => d.Title, StringComparer.OrdinalIgnoreCase),
    };
}

/// <summary>The review queue: every document with its progress, filterable, least certain first.</summary>
internal static class QueuePage
{
    private static readonly string[] DocumentStatuses = ["ingested", "failed", "needs_ocr", "processing"];
    private static readonly string[] ProgressStates = ["pending", "in_progress", "reviewed"];
    private static readonly (string Value, string Label)[] ScreeningStates =
        [("awaiting", "awaiting confirmation"), ("confirmed", "confirmed"), ("overridden", "overridden"), ("engaged", "police engaged"), ("not_engaged", "no police engagement")];

    public static void Map(RouteGroupBuilder group) => group.MapGet("/", Show);

    private static async Task<IResult> Show(HttpContext http, IDocumentStore store, IDecisionStore decisions)
    {
        var filter = QueueFilter.Parse(http.Request);
        var assignments = (await decisions.AssignmentsAsync(http.RequestAborted)).ToDictionary(a => a.DocumentId);
        var docs = new List<DocumentSummary>();
        await foreach (var d in store.ListAsync(withText: false, http.RequestAborted))
        {
            var summary = new DocumentSummary(d);
            if (filter.Matches(summary))
            {
                docs.Add(summary);
            }
        }

        var sb = new StringBuilder("<h1>Review queue</h1>");
        sb.Append(Filters(filter));
        sb.Append("<p class=\"count\">").Append(E(docs.Count)).Append(docs.Count == 1 ? " review" : " reviews").Append("</p>");
        sb.Append("<table class=\"queue\"><thead><tr><th>Review</th><th>Type</th><th>Board</th><th>Force</th><th>Published</th><th>Status</th><th>Waiting</th><th>Least certain</th><th>Rating</th><th>Screening</th><th>Coders</th></tr></thead><tbody>");
        foreach (var d in filter.Sort(docs))
        {
            sb.Append(Row(d, assignments.GetValueOrDefault(d.Document.Id)));
        }

        sb.Append("</tbody></table>");
        return Result(Page(http, "Review queue", sb.ToString()));
    }

    private static string Row(DocumentSummary d, CodingAssignment? a) =>
        $"<tr><td><a href=\"/review/{E(d.Document.Id)}\">{E(d.Title)}</a><br><small>{E(d.Document.FileName)}</small></td>" +
        $"<td>{E(string.Join(", ", d.Types))}</td><td>{E(d.Board)}</td><td>{E(string.Join(", ", d.Forces))}</td>" +
        $"<td>{E(d.Date?.Iso)}</td><td>{E(d.Document.Status.ToWire())}<br><small>{E(d.Progress.Replace('_', ' '))}</small></td>" +
        $"<td>{E(d.Pending)} of {E(d.Document.Annotations.Count)}</td>" +
        $"<td>{(d.LeastCertain is { } c ? E(c, "0.00") : "—")}</td>" +
        $"<td>{RatingCell(d.Document.Rating)}</td><td>{ScreeningCell(d)}</td><td>{(a is null ? "—" : $"{E(a.FirstCoder)}, {E(a.SecondCoder)}")}</td></tr>";

    private static string ScreeningCell(DocumentSummary d) => d.PoliceEngaged is not { } engaged
        ? "—"
        : $"{(engaged ? "police engaged" : "no police engagement")} <small>({E(d.ScreeningState == "awaiting" ? "proposed" : d.ScreeningState)})</small>";

    private static string RatingCell(ReviewRating? r) => r is null
        ? "—"
        : r.Confirmed is { } c ? $"{E(c)} {E(RatingNames.Of(c))} <small>(confirmed)</small>" : $"{E(r.Suggested)} {E(RatingNames.Of(r.Suggested))} <small>(proposed)</small>";

    private static string Filters(QueueFilter f)
    {
        static string Opt(string value, string label, string? current) =>
            $"<option value=\"{E(value)}\"{(value == current ? " selected" : string.Empty)}>{E(label)}</option>";

        var types = string.Concat(Vocabulary.ReviewTypes.Select(t => Opt(t, t, f.Type)));
        var statuses = string.Concat(DocumentStatuses.Select(s => Opt(s, s.Replace('_', ' '), f.Status)));
        var progress = string.Concat(ProgressStates.Select(s => Opt(s, s.Replace('_', ' '), f.Progress)));
        var ratings = string.Concat(Enumerable.Range(1, 4).Select(r => Opt(E(r), $"{r} {RatingNames.Of(r)}", f.Rating?.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var screening = string.Concat(ScreeningStates.Select(s => Opt(s.Value, s.Label, f.Screening)));
        var orders = Opt("uncertain", "least certain first", f.Order) + Opt("published", "newest first", f.Order) + Opt("title", "title", f.Order);
        return $"""
            <form method="get" action="/" class="filters">
            <label>Type <select name="type"><option value="">any</option>{types}</select></label>
            <label>Document <select name="status"><option value="">any</option>{statuses}</select></label>
            <label>Review <select name="progress"><option value="">any</option>{progress}</select></label>
            <label>Rating <select name="rating"><option value="">any</option>{ratings}</select></label>
            <label>Screening <select name="screening"><option value="">any</option>{screening}</select></label>
            <label>Force <input name="force" value="{E(f.Force)}"></label>
            <label>Board <input name="board" value="{E(f.Board)}"></label>
            <label>Published from <input type="date" name="from" value="{E(f.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}"></label>
            <label>to <input type="date" name="to" value="{E(f.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))}"></label>
            <label>Order <select name="order">{orders}</select></label>
            <button type="submit">Filter</button> <a href="/">Clear</a>
            </form>
            """;
    }
}

/// <summary>The overall rating words of CONTRACT §6.</summary>
internal static class RatingNames
{
    public static string Of(int rating) => rating switch
    {
        1 => "Insufficient",
        2 => "Limited",
        3 => "Adequate",
        4 => "Good",
        _ => "?",
    };
}
