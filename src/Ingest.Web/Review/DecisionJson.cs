using Ingest.Core.Documents;
using Ingest.Core.Review;

namespace Ingest.Web.Review;

/// <summary>The before/after snapshots of the audit log as the pages show them.</summary>
internal static class DecisionJson
{
    public static Annotation? Annotation(string? json) => DecisionSnapshot.Annotation(json);

    public static ReviewRating? Rating(string? json) => DecisionSnapshot.Rating(json);

    public static ScreeningDecision? Screening(string? json) => DecisionSnapshot.Screening(json);

    /// <summary>A one-line summary of a snapshot for the audit view: "police_mention, accepted" or "rating 3 (suggested 2)".</summary>
    public static string Summary(string targetKind, string? json)
    {
        if (json is null)
        {
            return "—";
        }

        if (targetKind == DecisionTargets.Screening)
        {
            var s = Screening(json);
            return s is null ? "—" : s.Confirmed is { } c ? $"{ScreeningPanel.Words(c)} (proposed: {ScreeningPanel.Words(s.PoliceEngagement)})" : $"proposed {ScreeningPanel.Words(s.PoliceEngagement)}, not confirmed";
        }

        if (targetKind == DecisionTargets.Rating)
        {
            var r = Rating(json);
            return r is null ? "—" : r.Confirmed is { } c ? $"rating {c} (suggested {r.Suggested})" : $"suggested {r.Suggested}, not confirmed";
        }

        var a = Annotation(json);
        if (a is null)
        {
            return "—";
        }

        var agencies = a.Attributes.Agencies is { Count: > 0 } list ? string.Join(", ", list) : a.Attributes.Agency;
        return agencies is null ? $"{a.Label}, {a.Status}" : $"{a.Label} [{agencies}], {a.Status}";
    }

    /// <summary>The category a coder gave one suggestion, for agreement: the label kept, or "none" when rejected.</summary>
    public static string? CodedCategory(string? afterJson)
    {
        var a = Annotation(afterJson);
        return a is null ? null : a.Status == "rejected" ? "none" : a.Label;
    }
}
