using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Agencies;
using Ingest.Core.Text;
using Ingest.Ml.Data;

namespace Ingest.Ml.Classify;

/// <summary>
/// Puts one sentence model's suggestions together with the rules' annotations of its label, in one of the
/// modes of <see cref="ClassifyOptions"/>. A model suggestion spans its sentence, has source "model" and
/// the model's probability as its confidence; its agency is the police where the sentence has a police
/// mention (what the rating reads), else unknown. Only "confident" mode reads the sections (where its sentence lies, and
/// whether in a heading: <see cref="ConfidentGuard"/>),
/// and only "beside" mode the paragraphs (whether the sentences either side are in the same one).
/// </summary>
public static class SuggestionCombiner
{
    /// <param name="rules">The tag stage's annotations before any model ran, which <see cref="ConfidentGuard"/> reads for the
    /// rules' other practice label (default: <paramref name="annotations"/>).</param>
    public static List<Annotation> Combine(
        string mode, string label, string producer, string text, IReadOnlyList<SentenceSpan> sentences,
        IReadOnlyList<double> probabilities, IReadOnlyList<Annotation> annotations, ClassifyOptions options, IReadOnlyList<Section>? sections = null,
        IReadOnlyList<Annotation>? rules = null)
    {
        if (mode == ClassifyOptions.Rules)
        {
            return [.. annotations];
        }

        var others = annotations.Where(a => a.Label != label).ToList();
        var mine = annotations.Where(a => a.Label == label).ToList();
        var police = annotations.Where(a => a.Label == Labels.PoliceMention).ToList();
        var result = new List<Annotation>(others);
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            var inside = mine.Where(a => a.Start < s.End && s.Start < a.End).ToList();
            var p = probabilities[i];
            switch (mode)
            {
                case ClassifyOptions.Agree or ClassifyOptions.Confident when inside.Count > 0:
                    result.AddRange(p >= options.AgreeThreshold ? inside : []);
                    break;
                case ClassifyOptions.Union or ClassifyOptions.Beside when inside.Count > 0:
                    result.AddRange(inside);
                    break;
                case ClassifyOptions.Union or ClassifyOptions.Model when p >= options.Threshold:
                case ClassifyOptions.Beside when p >= options.BesideThreshold && NextToLabelled(text, sentences, i, mine) && !AnotherAgencys(label, text[s.Start..s.End]):
                case ClassifyOptions.Confident when ConfidentAdds(label, text, sentences, i, probabilities, mine, rules ?? annotations, options, sections ?? []):
                    var agency = police.Any(a => a.Start < s.End && s.Start < a.End) && label != Labels.PoliceMention ? "police" : null;
                    result.Add(new Annotation(
                        AnnotationFactory.IdFor(label, s.Start, s.End, producer), label, s.Start, s.End, text[s.Start..s.End],
                        new AnnotationAttributes { Agency = agency }, "model", "suggested", Math.Round(p, 3), producer));
                    break;
            }
        }

        // Annotations outside every sentence (none in practice) are kept as they were.
        result.AddRange(mine.Where(a => !sentences.Any(s => a.Start < s.End && s.Start < a.End)));
        return result.DistinctBy(a => a.Id).ToList();
    }

    /// <summary>
    /// "Confident" mode's own sentence: the model is sure of it, or fairly sure of it beside a rule sentence of the label
    /// that the model let stand (<see cref="ClassifyOptions.ConfidentBeside"/>); never in the preface or closing sections,
    /// nor where <see cref="ConfidentGuard"/> says the gold never has one.
    /// </summary>
    private static bool ConfidentAdds(
        string label, string text, IReadOnlyList<SentenceSpan> sentences, int i, IReadOnlyList<double> probabilities, List<Annotation> mine,
        IReadOnlyList<Annotation> annotations, ClassifyOptions options, IReadOnlyList<Section> sections)
    {
        var p = probabilities[i];
        var sure = p >= options.ConfidentThreshold || (p >= options.ConfidentBesideOf(label) && NextToKept(text, sentences, i, mine, probabilities, options.AgreeThreshold));
        return sure && !options.ConfidentSkip.Contains(SentenceContext.SectionTypeAt(sections, sentences[i].Start))
            && ConfidentGuard.Allows(label, text, sentences[i], sections, annotations);
    }

    /// <summary>The sentence just before or just after, in the same paragraph, has a rule annotation of the label the model let stand.</summary>
    private static bool NextToKept(string text, IReadOnlyList<SentenceSpan> sentences, int i, List<Annotation> mine, IReadOnlyList<double> probabilities, double agree) =>
        NextTo(text, sentences, i, j => probabilities[j] >= agree && Labelled(sentences[j], mine));

    /// <summary>The sentence just before or just after, in the same paragraph, has a rule annotation of the label.</summary>
    private static bool NextToLabelled(string text, IReadOnlyList<SentenceSpan> sentences, int i, List<Annotation> mine) =>
        NextTo(text, sentences, i, j => Labelled(sentences[j], mine));

    /// <summary>The sentence just before or just after sentence i, in the same paragraph, is one that <paramref name="holds"/> for.</summary>
    private static bool NextTo(string text, IReadOnlyList<SentenceSpan> sentences, int i, Func<int, bool> holds) =>
        (i > 0 && holds(i - 1) && SentenceContext.SameParagraph(text, sentences[i - 1], sentences[i]))
        || (i + 1 < sentences.Count && holds(i + 1) && SentenceContext.SameParagraph(text, sentences[i], sentences[i + 1]));

    /// <summary>
    /// A police sentence beside a police one that names another agency ("His housing officer arranged for the locks to be
    /// changed", "The ambulance crew arrived within eleven minutes") is more often that agency's practice, told in turn,
    /// than the police's (such additions outside gold: 8 of 14 on s01-s62 with models v9, 3 of 4 on s63-s74 with models
    /// trained on s01-s62 only); the partnership and national bodies do not count.
    /// </summary>
    private static bool AnotherAgencys(string label, string sentence) =>
        label == Labels.PoliceMention && AgencyGazetteer.Default.AgenciesIn(sentence).Any(a => a is not ("police" or "partnership" or "national"));

    private static bool Labelled(SentenceSpan sentence, List<Annotation> mine) => mine.Any(a => a.Start < sentence.End && sentence.Start < a.End);
}
