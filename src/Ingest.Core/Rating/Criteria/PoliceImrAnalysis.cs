using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging.Imr;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_imr_analysis: is there a police agency report (IMR), and does it analyse and reflect or only
/// list events? Read from imr_reference annotations with agency police: too few references means no
/// report the review used; critiques ("lists events", "lacks analysis") mark it as descriptive; words
/// of reflection around it mark it as analytical.
/// </summary>
public sealed partial class PoliceImrAnalysis(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.PoliceImrAnalysis;

    public CriterionScore Score(RatingInput input)
    {
        var police = input.Labelled(Labels.ImrReference).Where(a => a.Attributes.Agency == "police").ToList();
        var critiques = police.Where(a => a.Attributes.Critique == true).ToList();
        if (police.Count < options.ImrMinReferences && critiques.Count == 0)
        {
            return new CriterionScore(1, police.Select(a => a.Id).ToList(), $"{police.Count} reference(s) to a police agency report: too few to show one was submitted and used");
        }

        if (ReportForms.ShortFormsOnly(police.Select(a => a.Text)))
        {
            // A summary of contacts or a short response to the panel's questions is not a review of the force's practice.
            return new CriterionScore(1, police.Select(a => a.Id).ToList(), "the police gave only a summary or short report, not an agency review of their practice");
        }

        if (critiques.Count >= options.ImrCritiquesForPoor)
        {
            return new CriterionScore(1, critiques.Select(a => a.Id).ToList(), $"the police agency report is criticised {critiques.Count} times as lacking analysis");
        }

        // The rubric's poor case in the review's own words: the report as a whole is "descriptive" or "a list of
        // events", not a point it failed to explain. One such judgement is enough.
        var listsEvents = critiques.Where(a => OnlyListsEvents().IsMatch(SentenceAround(input, a))).ToList();
        if (listsEvents.Count > 0)
        {
            return new CriterionScore(1, listsEvents.Select(a => a.Id).ToList(), "the police agency report is described as only listing events, without analysis");
        }

        if (critiques.Count > 0)
        {
            return new CriterionScore(2, critiques.Select(a => a.Id).ToList(), $"the police agency report is criticised {critiques.Count} time(s) as lacking analysis");
        }

        var reflective = police.Where(a => Reflective().IsMatch(SentenceAround(input, a))).ToList();
        return reflective.Count > 0
            ? new CriterionScore(4, reflective.Select(a => a.Id).ToList(), $"a police agency report referred to {police.Count} times, described as analytical or reflective")
            : new CriterionScore(3, police.Select(a => a.Id).ToList(), $"a police agency report referred to {police.Count} times, without comment on its analysis");
    }

    private static string SentenceAround(RatingInput input, Annotation a)
    {
        var s = input.Sentences.FirstOrDefault(x => x.Start <= a.Start && a.Start < x.End);
        return s.End > s.Start ? input.SentenceText(s) : a.Text;
    }

    [GeneratedRegex(@"\bdescriptive\b|\ba (detailed |brief |simple )?list of (events|incidents|calls|contacts|dates)\b|\b(only )?lists (events|incidents|calls|contacts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyListsEvents();

    [GeneratedRegex(@"\b(reflect\w*|analy[st]\w*|candid|thorough|compared|interview\w*|explain\w*|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reflective();
}
