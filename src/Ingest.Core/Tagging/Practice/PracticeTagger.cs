using Ingest.Core.Documents;

namespace Ingest.Core.Tagging.Practice;

/// <summary>
/// Tags each sentence that describes good practice (good_practice) or names a missed opportunity
/// (missed_opportunity), over the whole sentence, with the agency whose practice it is. Each sentence is
/// scored for both labels from the weighted cues of Data/practice-phrases.tsv (DOMAIN.md §5: verdicts,
/// omissions, praise, and the negation and hindsight caveats that cancel them), its neighbours and its
/// section; it gets the label whose probability clears its threshold by more, or none. The probability
/// is the confidence.
/// </summary>
public sealed class PracticeTagger : ITagger
{
    private static readonly string[] PracticeLabels = [Labels.GoodPractice, Labels.MissedOpportunity];

    /// <summary>The confidence of a sentence labelled by the table column it stands in ("What went well"), not by its words.</summary>
    private const double ColumnConfidence = 0.8;

    public string Producer => "practice-tagger@1";

    public IReadOnlyList<Annotation> Tag(TaggingContext context)
    {
        var phrases = PracticePhrases.Default;
        var scorer = new PracticeScorer(context, phrases);
        var agencies = new PracticeAgency(context, phrases);
        var annotations = new List<Annotation>();
        var columns = PracticeColumns.Find(context, scorer);
        string? previous = null;
        for (var i = 0; i < context.Sentences.Count; i++)
        {
            // What "she" or "this" in the next sentence refers to: only within a paragraph.
            var carried = scorer.SameParagraph(i, i - 1) ? previous : null;
            previous = agencies.First(scorer.Text(i)) ?? carried;
            // A table cell's column decides its label; its agency is then the first one the cell names (cue at 0).
            var best = columns.TryGetValue(i, out var column) ? (column, ColumnConfidence, 0) : scorer.IsCandidate(i) ? Best(scorer, phrases, i) : null;
            if (best is null)
            {
                continue;
            }

            var sentence = context.Sentences[i];
            var attributes = new AnnotationAttributes { Agency = agencies.Of(scorer.Text(i), best.Value.CueAt, carried) };
            annotations.Add(AnnotationFactory.Rule(context.Text, best.Value.Label, sentence.Start, sentence.End, attributes, best.Value.Probability, Producer));
        }

        return annotations;
    }

    /// <summary>The label whose probability clears its threshold by the wider margin, if either does.</summary>
    private static (string Label, double Probability, int CueAt)? Best(PracticeScorer scorer, PracticePhrases phrases, int i)
    {
        (string Label, double Probability, int CueAt)? best = null;
        var margin = 0.0;
        foreach (var label in PracticeLabels)
        {
            var (probability, cueAt) = scorer.Score(i, label);
            var over = probability - phrases.Threshold(label);
            if (over >= 0 && (best is null || over > margin))
            {
                best = (label, probability, cueAt);
                margin = over;
            }
        }

        return best;
    }
}
