using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using Ingest.Ml.Classify;
using Ingest.Ml.Data;
using Ingest.Ml.Models;

namespace Ingest.Ml.Evaluation;

/// <summary>
/// For `ingest eval`: how the rules alone, the model alone and the two combined (union; rules the model
/// agrees with) score against gold sentences, whatever the pipeline stored; and the overall rating by the
/// rules and by the model from the same stored criteria. The rules' annotations are the stored ones with
/// source "rule", or, where the pipeline's classify stage already filtered them by a model ("agree"),
/// the rules run again on the stored text by <paramref name="rulesAlone"/>; the model's are computed
/// here from the stored text. The overall's rules and model use the rate stage's <paramref name="rating"/>
/// options (the shipped weights and rounding), the same the pipeline rates with.
/// </summary>
public sealed class ModelComparison(ModelSet models, ClassifyOptions options, Func<StoredDocument, IReadOnlyList<Annotation>>? rulesAlone = null, RateOptions? rating = null)
{
    private readonly RateOptions _rating = rating ?? new RateOptions();

    private static readonly Dictionary<string, (string Name, Func<GoldFile, IEnumerable<string>> Gold)> Kinds = new(StringComparer.Ordinal)
    {
        [ModelNames.PoliceRelevance] = ("police sentences", g => g.PoliceSentences),
        [ModelNames.GoodPractice] = ("good practice sentences", g => g.GoodPracticeSentences),
        [ModelNames.MissedOpportunity] = ("missed opportunity sentences", g => g.MissedOpportunitySentences),
    };

    public (IReadOnlyList<Score> Scores, IReadOnlyList<Accuracy> Accuracies) Compare(GoldFile gold, StoredDocument stored)
    {
        var text = stored.Extracted?.Text ?? string.Empty;
        var sentences = SentenceSplitter.Split(text);
        var rows = SentenceContext.Rows(text, sentences, stored.Sections);
        var rules = (rulesAlone?.Invoke(stored) ?? stored.Annotations).Where(a => a.Source == "rule").ToList();
        var scores = new List<Score>();
        foreach (var (model, label) in ModelNames.SentenceLabels)
        {
            if (!models.Has(model))
            {
                continue;
            }

            var (name, select) = Kinds[model];
            var classifier = models.Sentence(model);
            var probabilities = rows.Select(classifier.Probability).ToList();
            foreach (var mode in ClassifyOptions.Modes)
            {
                var combined = SuggestionCombiner.Combine(mode, label, model, text, sentences, probabilities, rules, options, stored.Sections);
                var score = LabelEvaluator.SentenceScore($"{name} [{mode}]", text, select(gold), combined, label, []);
                scores.Add(score);
            }
        }

        return (scores, RatingAccuracies(gold, stored));
    }

    private List<Accuracy> RatingAccuracies(GoldFile gold, StoredDocument stored)
    {
        var accuracies = new List<Accuracy>();
        if (gold.Quality is not { Rating: >= 1 } quality || stored.Rating is not { Criteria.Count: > 0 } rating)
        {
            return accuracies;
        }

        var proposals = new List<(string Name, OverallProposal Proposal)> { ("rules", new WeightedMeanRater(_rating.Weights, _rating.RoundUpFrom).Propose(rating.Criteria)) };
        if (models.Has(ModelNames.OverallRating))
        {
            proposals.Add(("model", models.Rating(_rating.Weights).Propose(rating.Criteria)));
        }

        foreach (var (name, proposal) in proposals)
        {
            accuracies.Add(new Accuracy($"overall rating exact [{name}]", proposal.Rating == quality.Rating ? 1 : 0, 1));
            accuracies.Add(new Accuracy($"overall rating within one [{name}]", Math.Abs(proposal.Rating - quality.Rating) <= 1 ? 1 : 0, 1));
        }

        return accuracies;
    }
}
