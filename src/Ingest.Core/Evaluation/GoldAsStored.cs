using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Core.Storage;

namespace Ingest.Core.Evaluation;

/// <summary>
/// A second annotator's gold file dressed as a stored document over the same text, so that the scorer
/// that reads the pipeline against the gold reads one annotator against another with the very same
/// rules (sentence overlap, recommendation overlap and agency sets, field by field metadata, criteria).
/// </summary>
public static class GoldAsStored
{
    public const string Producer = "second-annotator";

    /// <summary>The stored document <paramref name="text"/> (its cleaned text kept) with everything the pipeline read replaced by <paramref name="gold"/>.</summary>
    public static StoredDocument Dress(GoldFile gold, StoredDocument text)
    {
        var body = text.Extracted?.Text ?? string.Empty;
        return text with
        {
            Sections = gold.Sections.Select(s => new Section(s.Heading, s.Type, s.Level, 0, 0, 0, 1)).ToList(),
            Metadata = MetadataOf(gold),
            Annotations = AnnotationsOf(gold, body),
            Rating = gold.Quality is { } q ? RatingOf(q) : null,
        };
    }

    private static ReviewMetadata MetadataOf(GoldFile gold) => new(
        gold.ReviewType.Select(Stated).ToList(),
        gold.Title is { } title ? Stated(title) : null,
        gold.Board is { } board ? Stated(board) : null,
        gold.Subject is { } subject ? Stated(subject) : null,
        gold.PoliceForces.Select(Stated).ToList(),
        DateOf(gold, "incident"),
        DateOf(gold, "completed"),
        DateOf(gold, "published"),
        null,
        gold.AuthorPolicingBackground is { } background ? new Evidenced<bool>(background, 0, 0, 1) : null,
        MethodologyReader.Categorise(gold.Methodology) is { } method ? Stated(method) : null,
        0,
        0);

    private static Evidenced<string> Stated(string value) => new(value, 0, 0, 1);

    /// <summary>Only the ISO form is compared; the days it covers are not needed to score it.</summary>
    private static Evidenced<ReviewDate>? DateOf(GoldFile gold, string key) =>
        gold.Dates.GetValueOrDefault(key) is { } iso ? new Evidenced<ReviewDate>(new ReviewDate(iso, DateOnly.MinValue, DateOnly.MinValue), 0, 0, 1) : null;

    private static List<Annotation> AnnotationsOf(GoldFile gold, string text)
    {
        var annotations = new List<Annotation>();
        void Add(string label, int start, int end, AnnotationAttributes attributes) =>
            annotations.Add(new Annotation($"{Producer}-{annotations.Count}", label, start, end, text[start..end], attributes, Producer, "confirmed", 1, Producer));

        foreach (var (label, sentences) in new[]
                 {
                     (Labels.PoliceMention, gold.PoliceSentences), (Labels.ImrReference, gold.ImrSentences),
                     (Labels.GoodPractice, gold.GoodPracticeSentences), (Labels.MissedOpportunity, gold.MissedOpportunitySentences),
                 })
        {
            foreach (var (start, end) in sentences.Distinct().SelectMany(s => LabelEvaluator.Locate(text, s)))
            {
                Add(label, start, end, AnnotationAttributes.None);
            }
        }

        foreach (var recommendation in gold.Recommendations)
        {
            foreach (var (start, end) in LabelEvaluator.Locate(text, recommendation.Text).Take(1))
            {
                Add(Labels.Recommendation, start, end, new AnnotationAttributes { Number = recommendation.Number, Agencies = recommendation.Agencies });
            }
        }

        // The inventory is read from contributor annotations; a police report the annotator did not find
        // analytical carries the critique that makes the inventory say so.
        foreach (var agency in gold.ImrAgencies)
        {
            Add(Labels.ImrContributor, 0, 0, new AnnotationAttributes { Agency = agency, Critique = agency == "police" && gold.PoliceImrAnalytical == false });
        }

        foreach (var characteristic in gold.ProtectedCharacteristics?.Recorded ?? [])
        {
            Add(Labels.ProtectedCharacteristic, 0, 0, new AnnotationAttributes { Characteristic = characteristic });
        }

        if (gold.ProtectedCharacteristics?.WithheldStatement == true)
        {
            Add(Labels.ProtectedCharacteristic, 0, 0, new AnnotationAttributes { Characteristic = "withheld" });
        }

        return annotations;
    }

    private static ReviewRating RatingOf(GoldQuality quality) => new(
        quality.Rating,
        1,
        quality.Criteria.ToDictionary(c => c.Key, c => new CriterionScore(c.Value, [], Producer)),
        Producer);
}
