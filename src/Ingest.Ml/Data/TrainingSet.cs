namespace Ingest.Ml.Data;

/// <summary>What `ingest train` learns from: labelled sentences per classifier, recommendation agencies and rated reviews, labelled headings.</summary>
public sealed record TrainingSet(
    IReadOnlyDictionary<string, IReadOnlyList<SentenceRow>> Sentences,
    IReadOnlyList<AgencyRow> Agencies,
    IReadOnlyList<RatingRow> Ratings,
    IReadOnlyList<string> Documents,
    int ConfirmedAnnotations)
{
    /// <summary>The tuned reviews' headings labelled with their gold section types.</summary>
    public IReadOnlyList<Sections.SectionTypeRow> SectionTypes { get; init; } = [];

    /// <summary>The rate stage's options the ratings' criteria and weighted mean were computed with: the rules the rating model is set beside.</summary>
    public Core.Rating.RateOptions RatingOptions { get; init; } = new();
}
