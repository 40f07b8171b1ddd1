using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Core.Storage;
using Ingest.Core.Tagging.Imr;

namespace Ingest.Core.Evaluation;

/// <summary>One document's scores against its gold file, with the misses kept for reading.</summary>
public sealed record DocumentScores(string Id, bool Heldout, IReadOnlyList<Score> Scores, IReadOnlyList<Accuracy> Accuracies, IReadOnlyList<string> Misses);

/// <summary>
/// Scores one stored document against its gold file: headings (precision and recall of the heading
/// texts), section types and levels of the headings found, metadata field by field (only where the
/// gold states a value), how many gold sentences are found verbatim in the cleaned text, and how many
/// of those the sentence splitter cuts exactly where the annotators did.
/// </summary>
public static class DocumentEvaluator
{
    public static DocumentScores Evaluate(GoldFile gold, StoredDocument? stored)
    {
        var scores = new List<Score>();
        var accuracies = new List<Accuracy>();
        var misses = new List<string>();
        if (stored is null)
        {
            misses.Add("not in the store: run `ingest run` on the gold folder first");
            scores.Add(new Score("headings", 0, 0, gold.Sections.Count(s => s.Heading is not null)));
            return new DocumentScores(gold.Id, gold.Heldout, scores, accuracies, misses);
        }

        ScoreHeadings(gold, stored.Sections, scores, accuracies, misses);
        ScoreMetadata(gold, stored.Metadata, accuracies, misses);
        ScoreSentences(gold, stored.Extracted?.Text ?? string.Empty, accuracies, misses);
        ScoreLabels(gold, stored, scores, accuracies, misses);
        ScoreRating(gold, stored.Rating, accuracies, misses);
        return new DocumentScores(gold.Id, gold.Heldout, scores, accuracies, misses);
    }

    private static void ScoreHeadings(GoldFile gold, IReadOnlyList<Section> found, List<Score> scores, List<Accuracy> accuracies, List<string> misses)
    {
        var expected = gold.Sections.Where(s => s.Heading is not null).ToList();
        var unmatched = found.Where(s => s.Heading is not null).ToList();
        int tp = 0, typeRight = 0, levelRight = 0;
        foreach (var g in expected)
        {
            var key = TextMatching.Normalise(g.Heading!);
            var hit = unmatched.FirstOrDefault(s => TextMatching.Normalise(s.Heading!) == key);
            if (hit is null)
            {
                misses.Add($"heading missed: {g.Heading}");
                continue;
            }

            unmatched.Remove(hit);
            tp++;
            typeRight += hit.Type == g.Type ? 1 : 0;
            levelRight += hit.Level == g.Level ? 1 : 0;
            if (hit.Type != g.Type)
            {
                misses.Add($"section type: '{g.Heading}' is {g.Type}, found {hit.Type}");
            }

            if (hit.Level != g.Level)
            {
                misses.Add($"heading level: '{g.Heading}' is {g.Level}, found {hit.Level}");
            }
        }

        misses.AddRange(unmatched.Select(s => $"heading not in gold: {s.Heading}"));
        scores.Add(new Score("headings", tp, unmatched.Count, expected.Count - tp));
        accuracies.Add(new Accuracy("section type", typeRight, tp));
        accuracies.Add(new Accuracy("heading level", levelRight, tp));
    }

    private static void ScoreMetadata(GoldFile gold, ReviewMetadata? m, List<Accuracy> accuracies, List<string> misses)
    {
        void Field(string name, string? expected, string? actual, bool stated = true)
        {
            if (!stated)
            {
                return;
            }

            var right = string.Equals(Canon(expected), Canon(actual), StringComparison.Ordinal);
            accuracies.Add(new Accuracy(name, right ? 1 : 0, 1));
            if (!right)
            {
                misses.Add($"{name}: gold '{expected}', found '{actual}'");
            }
        }

        Field("review type", Set(gold.ReviewType), Set(m?.ReviewTypes.Select(t => t.Value)));
        // Titles are compared without punctuation and case: a cover may print the colon as a line break.
        Field("title", Loose(gold.Title), Loose(m?.Title?.Value), gold.Title is not null);
        Field("board", gold.Board, m?.Board?.Value, gold.Board is not null);
        Field("subject", gold.Subject, m?.Subject?.Value, gold.Subject is not null);
        Field("police forces", Set(gold.PoliceForces), Set(m?.PoliceForces.Select(f => f.Value)));
        foreach (var (key, actual) in new[] { ("incident", m?.Incident), ("completed", m?.Completed), ("published", m?.Published) })
        {
            var expected = gold.Dates.GetValueOrDefault(key);
            Field($"date {key}", expected, actual?.Value.Iso, expected is not null);
        }

        Field("policing expertise", gold.AuthorPolicingBackground?.ToString(), (m?.AuthorPolicingBackground?.Value)?.ToString(), gold.AuthorPolicingBackground is not null);
        Field("methodology", MethodologyReader.Categorise(gold.Methodology), m?.Methodology?.Value, gold.Methodology is not null);
    }

    private static void ScoreSentences(GoldFile gold, string text, List<Accuracy> accuracies, List<string> misses)
    {
        var normal = TextMatching.Normalise(text);
        var sentences = gold.LabelledSentences.ToList();
        var found = 0;
        foreach (var s in sentences)
        {
            if (normal.Contains(TextMatching.Normalise(s), StringComparison.Ordinal))
            {
                found++;
            }
            else
            {
                misses.Add($"gold sentence not verbatim in text: {s}");
            }
        }

        accuracies.Add(new Accuracy("gold sentences verbatim", found, sentences.Count));
        accuracies.Add(SegmentationEvaluator.Score(text, sentences, SegmentationEvaluator.Shipped, misses));
    }

    private static void ScoreLabels(GoldFile gold, StoredDocument stored, List<Score> scores, List<Accuracy> accuracies, List<string> misses)
    {
        var text = stored.Extracted?.Text ?? string.Empty;
        var a = stored.Annotations;
        scores.Add(LabelEvaluator.SentenceScore("police sentences", text, gold.PoliceSentences, a, Labels.PoliceMention, misses));
        scores.Add(LabelEvaluator.SentenceScore("IMR sentences", text, gold.ImrSentences, a, Labels.ImrReference, misses));
        scores.Add(LabelEvaluator.SentenceScore("good practice sentences", text, gold.GoodPracticeSentences, a, Labels.GoodPractice, misses));
        scores.Add(LabelEvaluator.SentenceScore("missed opportunity sentences", text, gold.MissedOpportunitySentences, a, Labels.MissedOpportunity, misses));
        RecommendationEvaluator.Score(gold, text, a, scores, accuracies, misses);
        ProtectedCharacteristicEvaluator.Score(gold, a, scores, accuracies, misses);
        ScoreImrInventory(gold, ImrInventory.From(a), scores, accuracies, misses);
    }

    private static void ScoreImrInventory(GoldFile gold, ImrInventory found, List<Score> scores, List<Accuracy> accuracies, List<string> misses)
    {
        var want = gold.ImrAgencies.Order(StringComparer.Ordinal).ToList();
        if (want.Count > 0 || found.Agencies.Count > 0)
        {
            // Agency by agency as well as the exact set: one agency missed in a list of seven is not the
            // same failure as an empty inventory, and analysts filter by agency.
            scores.Add(new Score("IMR agencies (each)", found.Agencies.Intersect(want).Count(), found.Agencies.Except(want).Count(), want.Except(found.Agencies).Count()));
            var right = want.SequenceEqual(found.Agencies);
            accuracies.Add(new Accuracy("IMR agency inventory", right ? 1 : 0, 1));
            if (!right)
            {
                misses.Add($"IMR agencies: gold [{string.Join(", ", want)}], found [{string.Join(", ", found.Agencies)}]");
            }
        }

        if (gold.PoliceImrAnalytical is { } analytical)
        {
            // A review without a police IMR has no analytical police IMR: gold records that as false.
            var right = (found.PoliceAnalytical ?? false) == analytical;
            accuracies.Add(new Accuracy("police IMR analytical", right ? 1 : 0, 1));
            if (!right)
            {
                misses.Add($"police IMR analytical: gold {analytical}, found {found.PoliceAnalytical?.ToString() ?? "no police IMR"}");
            }
        }
    }

    /// <summary>The stored rating against gold `quality` (CONTRACT §4): overall exact and within one point, and each criterion.</summary>
    private static void ScoreRating(GoldFile gold, ReviewRating? rating, List<Accuracy> accuracies, List<string> misses)
    {
        if (gold.Quality is not { Rating: >= 1 } quality)
        {
            return;
        }

        if (rating is null)
        {
            misses.Add("no rating stored: put the 'rate' stage in pipeline.json and run again");
        }

        var suggested = rating?.Suggested ?? 0;
        accuracies.Add(new Accuracy("rating exact", suggested == quality.Rating ? 1 : 0, 1));
        accuracies.Add(new Accuracy("rating within one", Math.Abs(suggested - quality.Rating) <= 1 ? 1 : 0, 1));
        if (suggested != quality.Rating)
        {
            misses.Add($"rating: gold {quality.Rating}, suggested {suggested}");
        }

        var right = 0;
        foreach (var (criterion, expected) in quality.Criteria)
        {
            var found = rating?.Criteria.GetValueOrDefault(criterion)?.Score ?? 0;
            right += found == expected ? 1 : 0;
            accuracies.Add(new Accuracy($"criterion {criterion}", found == expected ? 1 : 0, 1));
            if (found != expected)
            {
                misses.Add($"criterion {criterion}: gold {expected}, scored {found} ({rating?.Criteria.GetValueOrDefault(criterion)?.Explanation})");
            }
        }

        accuracies.Add(new Accuracy("criteria (all nine)", right, quality.Criteria.Count));
    }

    private static string? Set(IEnumerable<string>? values) => values is null ? null : string.Join(" | ", values.Select(v => v.Trim()).Distinct().Order(StringComparer.Ordinal));

    private static string? Loose(string? value) =>
        value is null ? null : new string(value.Where(c => char.IsLetterOrDigit(c) || c == ' ').ToArray()).ToUpperInvariant().Replace("  ", " ", StringComparison.Ordinal);

    private static string? Canon(string? value) => value is null ? null : TextMatching.Normalise(value).Trim().TrimEnd('.');
}
