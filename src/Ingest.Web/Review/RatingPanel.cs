using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Html;
using Ingest.Web.Pages;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Review;

/// <summary>The proposed rating with each criterion and its evidence, and the form to confirm or override it.</summary>
internal static class RatingPanel
{
    /// <param name="version">The version of the rating on the user's track (0 = never decided).</param>
    /// <param name="mine">On a coder's track, the rating as that coder left it.</param>
    public static string Render(HttpContext http, StoredDocument doc, ReviewTrack track, int version, ReviewRating? mine, IReadOnlyList<(string Coder, int? Rating)> coders)
    {
        var sb = new StringBuilder("<section class=\"rating\" id=\"rating\"><h2>Quality rating of the police information</h2>");
        if (doc.Rating is not { } proposed)
        {
            return sb.Append("<p>No proposed rating yet: the rating stage has not run on this review.</p></section>").ToString();
        }

        var current = track.Track == DecisionTracks.Final ? proposed : mine ?? proposed;
        sb.Append("<p class=\"proposed\">Proposed: <strong>").Append(E(proposed.Suggested)).Append(' ').Append(E(RatingNames.Of(proposed.Suggested)))
          .Append("</strong> (confidence ").Append(E(proposed.Confidence, "0.00")).Append(", ").Append(E(proposed.Producer)).Append(")</p>");
        if (current.Confirmed is { } confirmed)
        {
            sb.Append("<p class=\"confirmed\">").Append(confirmed == proposed.Suggested ? "Confirmed" : "Overridden").Append(": <strong>")
              .Append(E(confirmed)).Append(' ').Append(E(RatingNames.Of(confirmed))).Append("</strong> by ").Append(E(current.ConfirmedBy))
              .Append(current.Reason is null ? string.Empty : " — " + E(current.Reason)).Append("</p>");
        }

        foreach (var (coder, rating) in coders)
        {
            sb.Append("<p class=\"coder\">").Append(E(coder)).Append(": ").Append(rating is { } r ? E(r) + " " + E(RatingNames.Of(r)) : "not rated yet").Append("</p>");
        }

        sb.Append(Criteria(proposed, doc));
        if (track.CanDecide)
        {
            sb.Append(Form(http, doc.Id, proposed, current, version));
        }

        return sb.Append("</section>").ToString();
    }

    private static string Criteria(ReviewRating proposed, StoredDocument doc)
    {
        var ids = doc.Annotations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var sb = new StringBuilder("<table class=\"criteria\"><thead><tr><th>Criterion</th><th>Score</th><th>Why, and the evidence</th></tr></thead><tbody>");
        foreach (var name in RatingCriteria.All.Concat(proposed.Criteria.Keys.Except(RatingCriteria.All)))
        {
            if (!proposed.Criteria.TryGetValue(name, out var c))
            {
                continue;
            }

            sb.Append("<tr><td>").Append(E(name.Replace('_', ' '))).Append("</td><td>").Append(E(c.Score)).Append("</td><td>").Append(E(c.Explanation));
            if (c.Evidence.Count > 0)
            {
                sb.Append("<br><small>Evidence: ");
                sb.AppendJoin(", ", c.Evidence.Select(e => ids.Contains(e)
                    ? $"<a class=\"evidence\" href=\"#a-{E(e)}\" data-target=\"{E(e)}\">suggestion {E(e[..Math.Min(8, e.Length)])}</a>"
                    : E(e)));
                sb.Append("</small>");
            }

            sb.Append("</td></tr>");
        }

        return sb.Append("</tbody></table>").ToString();
    }

    private static string Form(HttpContext http, string id, ReviewRating proposed, ReviewRating current, int version)
    {
        var chosen = current.Confirmed ?? proposed.Suggested;
        var options = string.Concat(Enumerable.Range(1, 4).Select(r =>
            $"<option value=\"{r}\"{(r == chosen ? " selected" : string.Empty)}>{r} {E(RatingNames.Of(r))}{(r == proposed.Suggested ? " (proposed)" : string.Empty)}</option>"));
        return $"""
            <form method="post" action="/review/{E(id)}/rating" class="rating-form" id="rating-form" data-suggested="{proposed.Suggested}">{Forms.Hidden(http)}
            <input type="hidden" name="version" value="{version}">
            <label>Rating <select name="rating" id="rating-select">{options}</select></label>
            <label>Reason <small>(required to override the proposal)</small><textarea name="reason" id="rating-reason" rows="3">{E(current.Reason)}</textarea></label>
            <button type="submit">Confirm rating</button></form>
            """;
    }
}
