using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Html;
using Ingest.Web.Review;
using Ingest.Web.Security;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Pages;

/// <summary>
/// The review page: sections, the text with its suggestions highlighted by label, the decision bar
/// (keyboard first), the PDF page with the evidence boxed, the rating and screening panels, any decisions whose suggestion a
/// reprocess removed, and the document's audit trail.
/// </summary>
internal static class ReviewPage
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/review/{id}", Show);
        group.MapGet("/review/{id}/page/{number:int}", PageImage);
        group.MapGet("/review/{id}/evidence", Evidence);
    }

    private static async Task<IResult> Evidence(string id, int start, int end, EvidenceBoxes boxes, HttpContext http)
    {
        var found = await boxes.FindAsync(id, start, end, http.RequestAborted);
        return found is { } f
            ? Results.Json(new { page = f.Page, boxes = f.Boxes.Select(b => new[] { b.Left, b.Bottom, b.Right, b.Top }) })
            : Results.NotFound();
    }

    private static async Task<IResult> PageImage(string id, int number, IReviewReader reader, PageImages images, HttpContext http)
    {
        var doc = await reader.GetForReviewAsync(id, http.RequestAborted);
        if (doc is null)
        {
            return Results.NotFound();
        }

        var png = await images.RenderAsync(doc, number, http.RequestAborted);
        if (png is null)
        {
            return Results.NotFound();
        }

        http.Response.Headers.CacheControl = "private, max-age=3600";
        return Results.File(png, "image/png");
    }

    private const int HistoryShown = 50;

    private static async Task<IResult> Show(string id, HttpContext http, IReviewReader reader, IDecisionStore decisions, IUserStore users)
    {
        var ct = http.RequestAborted;
        var doc = await reader.GetForReviewAsync(id, ct);
        if (doc is null)
        {
            return Problem(http, 404, "Review not found", "There is no review with that id in the store.");
        }

        var track = ReviewTrack.For(http.User, await decisions.AssignmentAsync(id, ct));
        var items = await ItemsAsync(doc, track, decisions, ct);
        var history = await decisions.RecentAsync(id, HistoryShown, ct);
        var versions = await decisions.VersionsAsync(id, track.Track, ct);
        var mine = track.Track == DecisionTracks.Final ? null : await decisions.LatestAsync(id, track.Track, ct);
        var ratingMine = DecisionJson.Rating(mine?.GetValueOrDefault(DecisionTargets.RatingId)?.After);
        var screeningMine = DecisionJson.Screening(mine?.GetValueOrDefault(DecisionTargets.ScreeningId)?.After);
        var gone = await GoneDecisionsPanel.FindAsync(doc, track.Track == DecisionTracks.Final ? versions : await decisions.VersionsAsync(id, DecisionTracks.Final, ct), decisions, ct);
        var summary = new DocumentSummary(doc);

        var sb = new StringBuilder(doc.Extracted?.Text.Length * 3 ?? 4096);
        sb.Append("<div class=\"review\" id=\"review\" data-doc=\"").Append(E(doc.Id)).Append("\" data-can-decide=\"").Append(track.CanDecide ? "true" : "false").Append("\">");
        sb.Append("<header class=\"doc-head\"><h1>").Append(E(summary.Title)).Append("</h1><p>")
          .Append(E(string.Join(", ", summary.Types))).Append(" · ").Append(E(summary.Board ?? "board not found"))
          .Append(" · ").Append(E(summary.Date?.Iso ?? "date not found")).Append(" · ").Append(E(doc.FileName))
          .Append("</p>").Append(TrackBanner(http, track)).Append("</header>");
        sb.Append(Navigation(doc, items, track));
        sb.Append("<article class=\"text\" id=\"text\" aria-label=\"Review text\">")
          .Append(TextRenderer.Render(doc.Extracted?.Text ?? string.Empty, items, doc.Sections, doc.Extracted))
          .Append("</article>");
        sb.Append("<aside class=\"side\">").Append(DecisionBar(track)).Append(PdfFigure(doc))
          .Append(RatingPanel.Render(http, doc, track, versions.GetValueOrDefault(DecisionTargets.RatingId), ratingMine, await CoderRatingsAsync(doc, track, decisions, ct)))
          .Append(ScreeningPanel.Render(http, doc, track, versions.GetValueOrDefault(DecisionTargets.ScreeningId), screeningMine))
          .Append(GoneDecisionsPanel.Render(gone));
        if (http.User.IsAtLeast(UserRole.Lead))
        {
            sb.Append(AssignForm(http, doc.Id, track.Assignment, await users.ListAsync(ct)));
        }

        sb.Append(HistoryPanel(history)).Append("</aside></div>").Append(Dialogs());
        return Result(Page(http, summary.Title, sb.ToString(), "review.js"));
    }

    internal static async Task<List<ReviewItem>> ItemsAsync(StoredDocument doc, ReviewTrack track, IDecisionStore decisions, CancellationToken ct)
    {
        // On the final track the reader has laid every decision over the document; only the versions are needed.
        var versions = await decisions.VersionsAsync(doc.Id, track.Track, ct);
        var mine = track.Track == DecisionTracks.Final ? null : await decisions.LatestAsync(doc.Id, track.Track, ct);
        IReadOnlyDictionary<string, DecisionRecord>? first = null, second = null;
        if (track.IsAdjudication)
        {
            first = await decisions.LatestAsync(doc.Id, DecisionTracks.Coder(track.Assignment!.FirstCoder), ct);
            second = await decisions.LatestAsync(doc.Id, DecisionTracks.Coder(track.Assignment.SecondCoder), ct);
        }

        var items = new List<ReviewItem>(doc.Annotations.Count);
        foreach (var a in doc.Annotations)
        {
            var record = mine?.GetValueOrDefault(a.Id);
            var current = DecisionJson.Annotation(record?.After) is { } decided ? DecisionOverlay.Annotation(a, decided) : a;
            items.Add(new ReviewItem(current, versions.GetValueOrDefault(a.Id),
                first is null ? null : Coded(first.GetValueOrDefault(a.Id)),
                second is null ? null : Coded(second.GetValueOrDefault(a.Id))));
        }

        return items;
    }

    private static string? Coded(DecisionRecord? r) => r is null ? null : DecisionJson.Summary(r.TargetKind, r.After);

    private static async Task<(string Coder, int? Rating)[]> CoderRatingsAsync(StoredDocument doc, ReviewTrack track, IDecisionStore decisions, CancellationToken ct)
    {
        if (!track.IsAdjudication)
        {
            return [];
        }

        var result = new List<(string, int?)>();
        foreach (var coder in new[] { track.Assignment!.FirstCoder, track.Assignment.SecondCoder })
        {
            var latest = await decisions.LatestAsync(doc.Id, DecisionTracks.Coder(coder), ct);
            result.Add((coder, DecisionJson.Rating(latest.GetValueOrDefault(DecisionTargets.RatingId)?.After)?.Confirmed));
        }

        return [.. result];
    }

    private static string TrackBanner(HttpContext http, ReviewTrack track)
    {
        if (track.Assignment is not { } a)
        {
            return string.Empty;
        }

        var text = track.Track != DecisionTracks.Final
            ? $"Double-coded review: you code it independently ({a.FirstCoder} and {a.SecondCoder} are assigned); the other coder does not see your decisions."
            : track.CanDecide
                ? $"Adjudication: {a.FirstCoder} and {a.SecondCoder} coded this review; your decisions make the final record. Each suggestion shows both coders' decisions."
                : $"Read only: this review is double-coded by {a.FirstCoder} and {a.SecondCoder}.";
        return $"<p class=\"banner\">{E(text)} <a href=\"/agreement\">Agreement</a></p>";
    }

    private static string Navigation(StoredDocument doc, IReadOnlyList<ReviewItem> items, ReviewTrack track)
    {
        var sb = new StringBuilder("<nav class=\"sections\" aria-label=\"Sections\"><h2>Sections</h2><ol>");
        for (var i = 0; i < doc.Sections.Count; i++)
        {
            var s = doc.Sections[i];
            sb.Append("<li class=\"lvl-").Append(Math.Clamp(s.Level, 1, 4)).Append("\"><a href=\"#sec-").Append(i).Append("\">")
              .Append(E(s.Heading ?? "(" + s.Type.Replace('_', ' ') + ")")).Append("</a></li>");
        }

        sb.Append("</ol><h2>Legend</h2><ul class=\"legend\">");
        foreach (var (label, name, key) in Vocabulary.Labels)
        {
            var all = items.Count(i => i.Annotation.Label == label);
            var waiting = items.Count(i => i.Annotation.Label == label && i.Annotation.Status == "suggested");
            sb.Append("<li><mark class=\"ann l-").Append(E(label)).Append("\">").Append(E(name)).Append("</mark> ")
              .Append("<span class=\"counts\">").Append(waiting).Append(" waiting of ").Append(all).Append("</span>");
            if (track.CanDecide && waiting > 0)
            {
                sb.Append("<button type=\"button\" class=\"accept-all\" data-label=\"").Append(E(label)).Append("\">Accept all ").Append(E(name.ToLowerInvariant())).Append("</button>");
            }

            sb.Append("</li>");
        }

        sb.Append("</ul><p class=\"states\"><mark class=\"ann s-accepted\">accepted</mark> <mark class=\"ann s-rejected\">rejected</mark> <mark class=\"ann s-edited\">edited</mark> (dashed = waiting)</p>")
          .Append("<p><button type=\"button\" id=\"help-button\">Keyboard shortcuts (?)</button></p></nav>");
        return sb.ToString();
    }

    private static string DecisionBar(ReviewTrack track) => $"""
        <section class="decision" id="decision" aria-live="polite">
        <h2>Suggestion</h2>
        <p id="current" class="current">Press <kbd>j</kbd> for the first suggestion, or click one in the text.</p>
        <div class="buttons">
        <button type="button" data-act="prev" title="previous (k)">◀ Prev <kbd>k</kbd></button>
        <button type="button" data-act="next" title="next (j)">Next <kbd>j</kbd> ▶</button>
        {(track.CanDecide ? """
        <button type="button" data-act="accept" class="accept">Accept <kbd>a</kbd></button>
        <button type="button" data-act="reject" class="reject">Reject <kbd>r</kbd></button>
        <button type="button" data-act="edit">Edit <kbd>e</kbd></button>
        """ : "<p>You can read this review but not decide on it.</p>")}
        </div>
        <p id="message" class="message" role="status"></p>
        </section>
        """;

    private static string PdfFigure(StoredDocument doc)
    {
        var sizes = string.Join(";", (doc.Extracted?.Pages ?? []).Select(p => FormattableString.Invariant($"{p.Number}:{p.Width:0.#}x{p.Height:0.#}")));
        return $"<section class=\"pdf\"><h2>Original page <span id=\"page-number\"></span></h2><figure id=\"pdf\" data-pages=\"{E(sizes)}\" data-doc=\"{E(doc.Id)}\"><img id=\"page-img\" alt=\"The PDF page of the selected suggestion\"><div id=\"boxes\"></div></figure></section>";
    }

    private static string AssignForm(HttpContext http, string documentId, CodingAssignment? current, IReadOnlyList<UserAccount> users)
    {
        string Options(string? selected) => string.Concat(users.Select(u =>
            $"<option value=\"{E(u.Name)}\"{(u.Name == selected ? " selected" : string.Empty)}>{E(u.Name)} ({E(u.Role.ToWire())})</option>"));
        return $"""
            <section class="assign"><h2>Double coding</h2>
            <form method="post" action="/review/{E(documentId)}/assign">{Forms.Hidden(http)}
            <label>First coder <select name="first" required><option value=""></option>{Options(current?.FirstCoder)}</select></label>
            <label>Second coder <select name="second" required><option value=""></option>{Options(current?.SecondCoder)}</select></label>
            <button type="submit">{(current is null ? "Assign to two coders" : "Reassign")}</button></form></section>
            """;
    }

    internal static string HistoryPanel(IReadOnlyList<DecisionRecord> history)
    {
        var sb = new StringBuilder($"<section class=\"history\" id=\"history\"><h2>Audit trail</h2><p class=\"hint\">The latest {HistoryShown} decisions on this review, newest first; leads see all of them in the audit log.</p>");
        if (history.Count == 0)
        {
            return sb.Append("<p>No decisions yet.</p></section>").ToString();
        }

        sb.Append("<table class=\"audit\"><thead><tr><th>When (UTC)</th><th>Who</th><th>Record</th><th>What</th><th>Before</th><th>After</th><th>Reason</th></tr></thead><tbody>");
        foreach (var d in history)
        {
            sb.Append(AuditRow(d, link: false));
        }

        return sb.Append("</tbody></table></section>").ToString();
    }

    internal static string AuditRow(DecisionRecord d, bool link)
    {
        var whole = d.TargetKind is DecisionTargets.Rating or DecisionTargets.Screening;
        var target = whole ? d.TargetKind : "suggestion " + d.TargetId[..Math.Min(8, d.TargetId.Length)];
        var targetCell = link ? $"<a href=\"/review/{E(d.DocumentId)}#{(whole ? E(d.TargetKind) : "a-" + E(d.TargetId))}\">{E(target)}</a>" : E(target);
        return $"<tr><td>{E(d.DecidedAt.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture))}</td><td>{E(d.DecidedBy)}</td><td>{E(d.Track)}</td>" +
               $"<td>{E(d.Action)} {targetCell} (v{E(d.Version)})</td><td>{E(DecisionJson.Summary(d.TargetKind, d.Before))}</td>" +
               $"<td>{E(DecisionJson.Summary(d.TargetKind, d.After))}</td><td>{E(d.Reason)}</td></tr>";
    }

    private static string Dialogs()
    {
        var labels = string.Concat(Vocabulary.Labels.Select(l => $"<option value=\"{E(l.Label)}\">{E(l.Key.ToString())} {E(l.Name)}</option>"));
        var agencies = string.Concat(Vocabulary.Agencies.Select(a => $"<label class=\"check\"><input type=\"checkbox\" name=\"agencies\" value=\"{E(a)}\"> {E(a.Replace('_', ' '))}</label>"));
        return $"""
            <dialog id="edit-dialog"><form method="dialog" id="edit-form"><h2>Edit suggestion</h2>
            <label>Label <select name="label" id="edit-label">{labels}</select></label>
            <fieldset><legend>Agencies</legend>{agencies}</fieldset>
            <p><button type="submit" value="save">Save (Enter)</button> <button type="button" id="edit-cancel">Cancel (Esc)</button></p></form></dialog>
            <dialog id="help-dialog"><h2>Keyboard shortcuts</h2><table class="keys">
            <tr><td><kbd>j</kbd> / <kbd>k</kbd></td><td>next / previous suggestion</td></tr>
            <tr><td><kbd>n</kbd></td><td>next suggestion still waiting</td></tr>
            <tr><td><kbd>a</kbd></td><td>accept</td></tr><tr><td><kbd>r</kbd></td><td>reject</td></tr>
            <tr><td><kbd>e</kbd></td><td>edit label and agencies</td></tr>
            <tr><td><kbd>A</kbd> (shift+a)</td><td>accept all waiting suggestions with the current one's label</td></tr>
            <tr><td><kbd>?</kbd></td><td>this help</td></tr><tr><td><kbd>Esc</kbd></td><td>close a dialog</td></tr></table>
            <p><button type="button" id="help-close">Close</button></p></dialog>
            """;
    }
}
