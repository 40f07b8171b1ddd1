using System.Text;
using Ingest.Core.Evaluation;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Html;
using Ingest.Web.Review;
using Ingest.Web.Security;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// Double coding for leads: assign a review to two analysts, see how far they agree (Cohen's kappa on
/// the label each kept for each suggestion, "none" when rejected; quadratic-weighted kappa on the
/// 1-4 rating across reviews), and open a review to adjudicate.
/// </summary>
internal static class AgreementPage
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/agreement", Show);
        group.MapPost("/review/{id}/assign", Assign).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> Assign(string id, HttpContext http, IDocumentStore store, IUserStore users, IDecisionStore decisions, TimeProvider clock)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var first = form["first"].ToString();
        var second = form["second"].ToString();
        if (await store.GetAsync(id, http.RequestAborted) is null)
        {
            return Problem(http, 404, "Review not found", "There is no review with that id.");
        }

        if (first == second || await users.FindAsync(first, http.RequestAborted) is null || await users.FindAsync(second, http.RequestAborted) is null)
        {
            return Problem(http, 400, "Not assigned", "Choose two different users.");
        }

        await decisions.AssignAsync(new CodingAssignment(id, first, second, Policies.NameOf(http.User), clock.GetUtcNow()), http.RequestAborted);
        return Results.Redirect($"/review/{Uri.EscapeDataString(id)}");
    }

    private static async Task<IResult> Show(HttpContext http, IDocumentStore store, IDecisionStore decisions)
    {
        var ct = http.RequestAborted;
        var sb = new StringBuilder("<h1>Double coding</h1><p>Assign a review to two analysts from its review page. Each codes it without seeing the other; you then adjudicate on the review page, where your decisions make the final record.</p>");
        sb.Append("<table class=\"queue\"><thead><tr><th>Review</th><th>Coders</th><th>Suggestions both coded</th><th>Observed agreement</th><th>Cohen's kappa (labels)</th><th>Ratings</th></tr></thead><tbody>");
        var ratingPairs = new List<(int, int)>();
        foreach (var a in await decisions.AssignmentsAsync(ct))
        {
            var doc = await store.GetAsync(a.DocumentId, ct);
            var first = await decisions.LatestAsync(a.DocumentId, DecisionTracks.Coder(a.FirstCoder), ct);
            var second = await decisions.LatestAsync(a.DocumentId, DecisionTracks.Coder(a.SecondCoder), ct);
            var pairs = first.Values.Where(r => r.TargetKind == DecisionTargets.Annotation)
                .Select(r => (r, other: second.GetValueOrDefault(r.TargetId)))
                .Where(p => p.other is not null)
                .Select(p => (DecisionJson.CodedCategory(p.r.After)!, DecisionJson.CodedCategory(p.other!.After)!))
                .ToList();
            var r1 = DecisionJson.Rating(first.GetValueOrDefault(DecisionTargets.RatingId)?.After)?.Confirmed;
            var r2 = DecisionJson.Rating(second.GetValueOrDefault(DecisionTargets.RatingId)?.After)?.Confirmed;
            if (r1 is { } x && r2 is { } y)
            {
                ratingPairs.Add((x, y));
            }

            var observed = pairs.Count == 0 ? "—" : E(100.0 * pairs.Count(p => p.Item1 == p.Item2) / pairs.Count, "0") + "%";
            var kappa = Kappa.Cohen(pairs) is { } k ? E(k, "0.00") : "—";
            var title = doc is null ? a.DocumentId : new DocumentSummary(doc).Title;
            sb.Append($"<tr><td><a href=\"/review/{E(a.DocumentId)}\">{E(title)}</a></td><td>{E(a.FirstCoder)}, {E(a.SecondCoder)}</td><td>{E(pairs.Count)}</td><td>{observed}</td><td>{kappa}</td><td>{(r1 is null ? "—" : E(r1.Value))} / {(r2 is null ? "—" : E(r2.Value))}</td></tr>");
        }

        sb.Append("</tbody></table>");
        var weighted = Kappa.Weighted(ratingPairs, 1, 4);
        sb.Append($"<p class=\"big-line\">Rating agreement across {E(ratingPairs.Count)} double-coded reviews: weighted kappa (quadratic) <strong>{(weighted is { } w ? E(w, "0.00") : "— (no review rated by both coders yet)")}</strong></p>");
        return Result(Page(http, "Double coding", sb.ToString()));
    }
}
