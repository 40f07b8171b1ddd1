using System.Text.RegularExpressions;
using Ingest.Core.Documents;
using Ingest.Core.Tagging.Imr;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_imr_analysis: is there a police agency report (IMR), and does it analyse and reflect or only
/// list events? Read from imr_reference annotations with agency police: too few references means no
/// report the review used, unless one of them judges it analytical; critiques ("lists events", "lacks
/// analysis", "did not comment on why") mark it as descriptive; words of reflection around it, not
/// denied ("did not complete a reflective report"), mark it as analytical.
/// </summary>
public sealed partial class PoliceImrAnalysis(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.PoliceImrAnalysis;

    public CriterionScore Score(RatingInput input)
    {
        var police = input.Labelled(Labels.ImrReference).Where(a => a.Attributes.Agency == "police").ToList();
        var reflective = police.Where(a => IsReflective(SentenceAround(input, a))).ToList();
        var critiques = police.Where(a => a.Attributes.Critique == true || SaysItDidNotAnalyse().IsMatch(SentenceAround(input, a))).ToList();

        // Few references, but one that judges the report analytical, show it was submitted and used ("It was
        // one of the strongest we received: it drew on interviews with every officer involved").
        if (police.Count < options.ImrMinReferences && critiques.Count == 0 && reflective.Count == 0)
        {
            return new CriterionScore(1, police.Select(a => a.Id).ToList(), $"{police.Count} reference(s) to a police agency report: too few to show one was submitted and used");
        }

        if (ReportForms.ShortFormsOnly(police.Select(a => a.Text), ReportForms.CommonWords(input.Labelled(Labels.ImrReference))))
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

        if (reflective.Count == 0)
        {
            return new CriterionScore(3, police.Select(a => a.Id).ToList(), $"a police agency report referred to {police.Count} times, without comment on its analysis");
        }

        // Adequate rather than good: the review finds the report reflective, but says it is short or reflective
        // only "for the most part" (tuned gold scores such reports 3; no report it scores 4 is described so).
        var limited = police.Where(a => Limited().IsMatch(SentenceAround(input, a))).ToList();
        return limited.Count > 0
            ? new CriterionScore(3, [.. reflective.Select(a => a.Id), .. limited.Select(a => a.Id)], $"a police agency report described as analytical or reflective, but as short or reflective only in part")
            : new CriterionScore(4, reflective.Select(a => a.Id).ToList(), $"a police agency report referred to {police.Count} times, described as analytical or reflective");
    }

    /// <summary>"The police IMR was short", "the force's IMR is correspondingly brief", "although short", "for the most part, reflective".</summary>
    [GeneratedRegex(@"\b(?:IMR|report|summary|account|submission)\b (?:was|is) (?:\w+ )?(?:short|brief)\b|\balthough (?:short|brief)\b|\bfor the most part\b", RegexOptions.IgnoreCase)]
    private static partial Regex Limited();

    private static string SentenceAround(RatingInput input, Annotation a)
    {
        var s = input.Sentences.FirstOrDefault(x => x.Start <= a.Start && a.Start < x.End);
        return s.End > s.Start ? input.SentenceText(s) : a.Text;
    }

    [GeneratedRegex(@"\bdescriptive\b|\ba (detailed |brief |simple )?list of (events|incidents|calls|contacts|dates)\b|\b(only )?lists (events|incidents|calls|contacts)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OnlyListsEvents();

    /// <summary>Words of reflection about the report, unless the clause denies them ("did not complete a reflective report").</summary>
    private static bool IsReflective(string sentence) =>
        Reflective().IsMatch(sentence) && !Denied().IsMatch(sentence) && !SaysItDidNotAnalyse().IsMatch(sentence);

    [GeneratedRegex(@"\b(reflect\w*|analy[st]\w*|candid|thorough|compared|interview\w*|explain\w*|why)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Reflective();

    [GeneratedRegex(@"\b(not|no|never)\b[^.;,]{0,30}?\b(reflect\w*|analy[sz]\w*|explain\w*|why|candid|thorough)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denied();

    /// <summary>
    /// The review's own judgement that the report did not analyse, where the IMR tagger marked no critique:
    /// "it did not comment on why decisions were taken", "It told us what officers did but not why".
    /// </summary>
    [GeneratedRegex(@"\b(it|the (police )?(report|IMR|summary|account|addendum|timeline))\s+(did|does) not\b[^.;]{0,25}?\b(why|reflect\w*|analy[sz]\w*|explain\w*|comment\w*)\b|\bbut not why\b|\bwithout (any )?(analysis|reflection|comment)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SaysItDidNotAnalyse();
}
