using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Storage;
using Ingest.Core.Text;
using Ingest.Ml.Models;
using Ingest.Ml.Sections;

namespace Ingest.Ml.Data;

/// <summary>
/// Builds the training set from gold files (tuned ones only: held-out documents are never learnt from)
/// and the store: each gold document's stored text is split into sentences with Core's splitter, a
/// sentence is positive for a classifier when a gold sentence of that kind lies in it, negative
/// otherwise; analysts' decisions in the store (accepted, edited or analyst-made annotations positive,
/// rejected ones negative) are added for every document that is not held out.
/// </summary>
public sealed class TrainingSetBuilder(IDocumentStore store, RateStage rater)
{
    private static readonly Dictionary<string, Func<GoldFile, IEnumerable<string>>> GoldSentences = new(StringComparer.Ordinal)
    {
        [ModelNames.PoliceRelevance] = g => g.PoliceSentences,
        [ModelNames.GoodPractice] = g => g.GoodPracticeSentences,
        [ModelNames.MissedOpportunity] = g => g.MissedOpportunitySentences,
    };

    public async Task<TrainingSet> BuildAsync(string goldFolder, CancellationToken cancellationToken)
    {
        var sentences = GoldSentences.Keys.ToDictionary(k => k, _ => new List<SentenceRow>(), StringComparer.Ordinal);
        var agencies = new List<AgencyRow>();
        var ratings = new List<RatingRow>();
        var sectionTypes = new List<SectionTypeRow>();
        var documents = new List<string>();
        var heldOut = new HashSet<string>(StringComparer.Ordinal);
        foreach (var gold in GoldFile.LoadFolder(goldFolder))
        {
            var stored = await FindAsync(gold, cancellationToken);
            if (gold.Heldout)
            {
                heldOut.Add(stored?.Id ?? string.Empty);
                continue;
            }

            if (stored?.Extracted is null)
            {
                throw new InvalidOperationException($"gold document {gold.Id} is not in the store: run `ingest run {gold.Folder}` first");
            }

            documents.Add(gold.Id);
            AddSentences(gold, stored.Extracted.Text, stored.Sections, sentences);
            sectionTypes.AddRange(SectionTrainingRows.From(gold, stored.Extracted.Text, stored.Sections));
            agencies.AddRange(gold.Recommendations.SelectMany(r => r.Agencies.Select(a => new AgencyRow { Text = r.Text, Agency = a, Group = $"{gold.Id}/{r.Number}/{r.Text.Length}" })));
            if (GoldRating(gold) is { } rating)
            {
                ratings.Add(RatingFeatures.Row(rater.Rate(RatingInput.For(stored.Extracted.Text, stored.Annotations, stored.Metadata, stored.Sections)).Criteria, rater.Options.Weights, rating));
            }
        }

        var confirmed = await AddAnalystDecisionsAsync(heldOut, sentences, ratings, cancellationToken);
        return new TrainingSet(
            sentences.ToDictionary(p => p.Key, p => (IReadOnlyList<SentenceRow>)p.Value, StringComparer.Ordinal),
            agencies, ratings, documents, confirmed) { SectionTypes = sectionTypes, RatingOptions = rater.Options };
    }

    private static void AddSentences(GoldFile gold, string text, IReadOnlyList<Section> sections, Dictionary<string, List<SentenceRow>> rows)
    {
        var split = SentenceSplitter.Split(text);
        var context = SentenceContext.Rows(text, split, sections, gold.Id);
        foreach (var (model, select) in GoldSentences)
        {
            var spans = select(gold).Distinct().SelectMany(s => LabelEvaluator.Locate(text, s)).ToList();
            for (var i = 0; i < split.Count; i++)
            {
                var s = split[i];
                if (context[i].Text.Any(char.IsLetter))
                {
                    rows[model].Add(Labelled(context[i], spans.Any(g => g.Start < s.End && s.Start < g.End)));
                }
            }
        }
    }

    private static SentenceRow Labelled(SentenceRow row, bool label) =>
        new() { Text = row.Text, Section = row.Section, Previous = row.Previous, Group = row.Group, Label = label };

    private async Task<int> AddAnalystDecisionsAsync(HashSet<string> heldOut, Dictionary<string, List<SentenceRow>> rows, List<RatingRow> ratings, CancellationToken cancellationToken)
    {
        var count = 0;
        var byLabel = ModelNames.SentenceLabels.ToDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        await foreach (var doc in store.ListAsync(withText: true, cancellationToken))
        {
            if (heldOut.Contains(doc.Id) || doc.Extracted is null)
            {
                continue;
            }

            var text = doc.Extracted.Text;
            var split = SentenceSplitter.Split(text);
            IReadOnlyList<SentenceRow>? context = null;
            foreach (var a in doc.Annotations.Where(a => byLabel.ContainsKey(a.Label) && (a.Source == "analyst" || a.Status is "accepted" or "edited" or "rejected")))
            {
                // The analyst's span is the text learnt from; its context is that of the sentence it starts in.
                context ??= SentenceContext.Rows(text, split, doc.Sections, doc.Id);
                var at = split.ToList().FindIndex(s => s.Start <= a.Start && a.Start < s.End);
                var row = at >= 0 ? context[at] : new SentenceRow { Group = doc.Id };
                rows[byLabel[a.Label]].Add(new SentenceRow { Text = a.Text, Section = row.Section, Previous = row.Previous, Label = a.Status != "rejected", Group = doc.Id });
                count++;
            }

            if (doc.Rating is { Confirmed: { } confirmed } rating && rating.Criteria.Count == RatingCriteria.All.Count)
            {
                ratings.Add(RatingFeatures.Row(rating.Criteria, rater.Options.Weights, confirmed));
                count++;
            }
        }

        return count;
    }

    private async Task<StoredDocument?> FindAsync(GoldFile gold, CancellationToken cancellationToken)
    {
        return await gold.DocumentIdAsync(cancellationToken) is { } id ? await store.GetAsync(id, cancellationToken) : null;
    }

    private static int? GoldRating(GoldFile gold) => gold.Quality is { Rating: >= 1 and <= 4 } q ? q.Rating : null;
}
