using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using Ingest.Web.Html;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Review;

/// <summary>
/// The screening the rate stage proposes (does the review show police engagement in the case?), with
/// its evidence, and the form to confirm or override it (an override needs a reason), audited like the rating.
/// </summary>
internal static class ScreeningPanel
{
    /// <param name="version">The version of the screening on the user's track (0 = never decided).</param>
    /// <param name="mine">On a coder's track, the screening as that coder left it.</param>
    public static string Render(HttpContext http, StoredDocument doc, ReviewTrack track, int version, ScreeningDecision? mine)
    {
        var sb = new StringBuilder("<section class=\"screening\" id=\"screening\"><h2>Screening: police engagement</h2>");
        if (doc.Screening is not { } proposed)
        {
            return sb.Append("<p>No proposed screening yet: the rate stage has not run on this review.</p></section>").ToString();
        }

        var current = track.Track == DecisionTracks.Final ? proposed : mine ?? proposed;
        sb.Append("<p class=\"proposed\">Proposed: <strong>").Append(Words(proposed.PoliceEngagement)).Append("</strong> (confidence ")
          .Append(E(proposed.Confidence, "0.00")).Append(", ").Append(E(proposed.Producer)).Append(")</p>");
        if (current.Confirmed is { } confirmed)
        {
            sb.Append("<p class=\"confirmed\">").Append(confirmed == proposed.PoliceEngagement ? "Confirmed" : "Overridden").Append(": <strong>")
              .Append(Words(confirmed)).Append("</strong> by ").Append(E(current.ConfirmedBy))
              .Append(current.Reason is null ? string.Empty : " — " + E(current.Reason)).Append("</p>");
        }

        sb.Append(Evidence(proposed, doc));
        if (track.CanDecide)
        {
            sb.Append(Form(http, doc.Id, proposed, current, version));
        }

        return sb.Append("</section>").ToString();
    }

    public static string Words(bool engaged) => engaged ? "police engaged in the case" : "no police engagement";

    private static string Evidence(ScreeningDecision proposed, StoredDocument doc)
    {
        if (proposed.Evidence.Count == 0)
        {
            return "<p class=\"hint\">No evidence given.</p>";
        }

        var ids = doc.Annotations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        return "<p><small>Evidence: " + string.Join(", ", proposed.Evidence.Select(e => ids.Contains(e)
            ? $"<a class=\"evidence\" href=\"#a-{E(e)}\" data-target=\"{E(e)}\">suggestion {E(e[..Math.Min(8, e.Length)])}</a>"
            : E(e))) + "</small></p>";
    }

    private static string Form(HttpContext http, string id, ScreeningDecision proposed, ScreeningDecision current, int version)
    {
        var chosen = current.Confirmed ?? proposed.PoliceEngagement;
        string Option(bool value) =>
            $"<label class=\"check\"><input type=\"radio\" name=\"engagement\" value=\"{(value ? "yes" : "no")}\"{(value == chosen ? " checked" : string.Empty)}> {Words(value)}{(value == proposed.PoliceEngagement ? " (proposed)" : string.Empty)}</label>";
        return $"""
            <form method="post" action="/review/{E(id)}/screening" class="rating-form" id="screening-form" data-proposed="{(proposed.PoliceEngagement ? "yes" : "no")}">{Forms.Hidden(http)}
            <input type="hidden" name="version" value="{version}">
            <fieldset><legend>Police engagement</legend>{Option(true)}{Option(false)}</fieldset>
            <label>Reason <small>(required to override the proposal)</small><textarea name="reason" id="screening-reason" rows="2">{E(current.Reason)}</textarea></label>
            <button type="submit">Save screening</button></form>
            """;
    }
}
