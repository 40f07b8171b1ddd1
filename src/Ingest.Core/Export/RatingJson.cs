using System.Text.Json;
using Ingest.Core.Documents;

namespace Ingest.Core.Export;

/// <summary>
/// The `rating` and `screening` objects of the JSONL export (CONTRACT §3). `criteria` maps each criterion to
/// its score as the contract shows; `criteria_evidence` adds what the score rests on and why, for readers
/// who want to check it. Null means the rate stage has not run on the document.
/// </summary>
public static class RatingJson
{
    public static void WriteRating(Utf8JsonWriter w, ReviewRating? rating)
    {
        if (rating is null)
        {
            w.WriteNull("rating");
            return;
        }

        w.WriteStartObject("rating");
        w.WriteNumber("suggested", rating.Suggested);
        w.WriteNumber("confidence", rating.Confidence);
        w.WriteStartObject("criteria");
        foreach (var name in Ordered(rating))
        {
            w.WriteNumber(name, rating.Criteria[name].Score);
        }

        w.WriteEndObject();
        WriteNullable(w, "confirmed", rating.Confirmed);
        w.WriteString("confirmed_by", rating.ConfirmedBy);
        w.WriteString("reason", rating.Reason);
        w.WriteString("producer", rating.Producer);
        w.WriteStartObject("criteria_evidence");
        foreach (var name in Ordered(rating))
        {
            var c = rating.Criteria[name];
            w.WriteStartObject(name);
            w.WriteStartArray("evidence");
            foreach (var e in c.Evidence)
            {
                w.WriteStringValue(e);
            }

            w.WriteEndArray();
            w.WriteString("explanation", c.Explanation);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    public static void WriteScreening(Utf8JsonWriter w, ScreeningDecision? screening)
    {
        if (screening is null)
        {
            w.WriteNull("screening");
            return;
        }

        w.WriteStartObject("screening");
        w.WriteBoolean("police_engagement", screening.PoliceEngagement);
        w.WriteNumber("confidence", screening.Confidence);
        if (screening.Confirmed is { } confirmed)
        {
            w.WriteBoolean("confirmed", confirmed);
        }
        else
        {
            w.WriteNull("confirmed");
        }

        w.WriteString("confirmed_by", screening.ConfirmedBy);
        w.WriteString("producer", screening.Producer);
        w.WriteStartArray("evidence");
        foreach (var e in screening.Evidence)
        {
            w.WriteStringValue(e);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>The rubric's order first (CONTRACT §6), then any other criterion by name.</summary>
    public static IEnumerable<string> Ordered(ReviewRating rating) =>
        RatingCriteria.All.Where(rating.Criteria.ContainsKey)
            .Concat(rating.Criteria.Keys.Where(k => !RatingCriteria.All.Contains(k)).Order(StringComparer.Ordinal));

    private static void WriteNullable(Utf8JsonWriter w, string name, int? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
