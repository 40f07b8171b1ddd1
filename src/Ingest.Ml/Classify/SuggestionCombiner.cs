using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Text;
using Ingest.Ml.Data;

namespace Ingest.Ml.Classify;

/// <summary>
/// Puts one sentence model's suggestions together with the rules' annotations of its label, in one of the
/// modes of <see cref="ClassifyOptions"/>. A model suggestion spans its sentence, has source "model" and
/// the model's probability as its confidence; its agency is the police where the sentence has a police
/// mention (what the rating reads), else unknown. Only "confident" mode reads the sections (where its sentence lies).
/// </summary>
public static class SuggestionCombiner
{
    public static List<Annotation> Combine(
        string mode, string label, string producer, string text, IReadOnlyList<SentenceSpan> sentences,
        IReadOnlyList<double> probabilities, IReadOnlyList<Annotation> annotations, ClassifyOptions options, IReadOnlyList<Section>? sections = null)
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
                case ClassifyOptions.Union when inside.Count > 0:
                    result.AddRange(inside);
                    break;
                case ClassifyOptions.Union or ClassifyOptions.Model when p >= options.Threshold:
                case ClassifyOptions.Confident when p >= options.ConfidentThreshold && !options.ConfidentSkip.Contains(SentenceContext.SectionTypeAt(sections ?? [], s.Start)):
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
}
