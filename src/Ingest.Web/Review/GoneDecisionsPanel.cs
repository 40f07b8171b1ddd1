using System.Globalization;
using System.Text;
using Ingest.Core.Review;
using Ingest.Core.Storage;
using static Ingest.Web.Html.Html;

namespace Ingest.Web.Review;

/// <summary>
/// Final decisions that apply to nothing any more: the review was processed again and the suggestion
/// (same id, or same label on the same span) or the rating is gone. They are shown rather than lost;
/// the audit log keeps them whatever happens.
/// </summary>
internal static class GoneDecisionsPanel
{
    /// <summary>The final decisions with nothing to apply to; asks the store for the snapshots only when some decided target is missing.</summary>
    public static async Task<IReadOnlyList<DecisionRecord>> FindAsync(StoredDocument doc, IReadOnlyDictionary<string, int> finalVersions, IDecisionStore decisions, CancellationToken ct)
    {
        var present = doc.Annotations.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        if (doc.Rating is not null)
        {
            present.Add(DecisionTargets.RatingId);
        }

        if (doc.Screening is not null)
        {
            present.Add(DecisionTargets.ScreeningId);
        }

        if (finalVersions.Keys.All(present.Contains))
        {
            return [];
        }

        return DecisionOverlay.Unmatched(doc, (await decisions.LatestAsync(doc.Id, DecisionTracks.Final, ct)).Values);
    }

    public static string Render(IReadOnlyList<DecisionRecord> gone)
    {
        if (gone.Count == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder("<section class=\"gone\" id=\"gone\"><h2>Decisions on suggestions that no longer exist</h2>")
            .Append("<p class=\"hint\">This review was processed again and these suggestions were not found again (neither the same id nor the same label on the same span). ")
            .Append("Nothing of them is applied; the decisions stay in the audit log.</p>")
            .Append("<table class=\"audit\"><thead><tr><th>When (UTC)</th><th>Who</th><th>Decision</th><th>On</th><th>Reason</th></tr></thead><tbody>");
        foreach (var d in gone)
        {
            sb.Append("<tr><td>").Append(E(d.DecidedAt.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))).Append("</td><td>").Append(E(d.DecidedBy))
              .Append("</td><td>").Append(E(d.Action)).Append(" (v").Append(E(d.Version)).Append(")</td><td>").Append(Target(d))
              .Append("</td><td>").Append(E(d.Reason)).Append("</td></tr>");
        }

        return sb.Append("</tbody></table></section>").ToString();
    }

    private static string Target(DecisionRecord d)
    {
        if (d.TargetKind != DecisionTargets.Annotation || DecisionSnapshot.Annotation(d.Before ?? d.After) is not { } a)
        {
            return E(DecisionJson.Summary(d.TargetKind, d.After));
        }

        return $"{E(a.Label)} “{E(a.Text.Length > 160 ? a.Text[..160] + "…" : a.Text)}” <small>(characters {E(a.Start)}–{E(a.End)}, suggestion {E(d.TargetId[..Math.Min(8, d.TargetId.Length)])})</small>";
    }
}
