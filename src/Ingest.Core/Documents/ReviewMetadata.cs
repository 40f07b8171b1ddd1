namespace Ingest.Core.Documents;

/// <summary>A value read from the text, with the span it was read from and how sure the reader is.</summary>
public sealed record Evidenced<T>(T Value, int Start, int End, double Confidence);

/// <summary>A date as a review states it: a day, a month or a season (a range), ISO-written.</summary>
/// <param name="Iso">"2021-03-04", or "2021-03" for a month, or "2020-03/2020-05" for "Spring 2020".</param>
public sealed record ReviewDate(string Iso, DateOnly First, DateOnly Last);

/// <summary>What the metadata stage reads about a review (CONTRACT §3 `metadata`).</summary>
public sealed record ReviewMetadata(
    IReadOnlyList<Evidenced<string>> ReviewTypes,
    Evidenced<string>? Title,
    Evidenced<string>? Board,
    Evidenced<string>? Subject,
    IReadOnlyList<Evidenced<string>> PoliceForces,
    Evidenced<ReviewDate>? Incident,
    Evidenced<ReviewDate>? Completed,
    Evidenced<ReviewDate>? Published,
    Evidenced<string>? Author,
    Evidenced<bool>? AuthorPolicingBackground,
    Evidenced<string>? Methodology,
    int Pages,
    int Words)
{
    /// <summary>Days from the incident to publication, where both are known (earliest day of each).</summary>
    public int? PublicationLagDays =>
        Incident is { } i && Published is { } p ? p.Value.First.DayNumber - i.Value.First.DayNumber : null;
}
