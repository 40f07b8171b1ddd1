using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// systems_analysis: are missed opportunities explained (context, organisation, environment) or only
/// stated? The share of missed_opportunity sentences whose own or next sentence gives a reason
/// ("because", "due to", caseload, training, policy, systems, ...). A review that says in so many words
/// that a police decision was left unexplained ("the police IMR does not explain why", "did not say why
/// officers made the decisions they did") has not explained all its missed opportunities, whatever share
/// of them carry a reason: it scores at most 3, as the rubric keeps 4 for missed opportunities explained.
/// </summary>
public sealed class SystemsAnalysis(RateOptions options) : IBandedCriterion
{
    /// <summary>
    /// How reviews say that the why of a decision is missing: a report or the reviewers that did not (or
    /// could not) explain, say, analyse or establish why or the reasons, and "no analysis of why".
    /// </summary>
    private static readonly Regex UnexplainedWording = new(
        @"\b(?:(?:does|did|do|could|can) not|cannot|(?:was|is|were) unable to|not (?:been )?able to)\s+(?:\w+\s+){0,2}?(?:explain|say|analyse|analyze|account for|establish|comment on|tell us)\s+(?:\w+\s+){0,3}?(?:why|the reasons?|the delay|the omission)\b"
        + @"|\bno analysis of why\b|\bmade no attempt to analyse\b|\b(?:it is|it was|it remains) (?:not known|unclear|not clear) why\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        TimeSpan.FromSeconds(1));

    public string Name => RatingCriteria.SystemsAnalysis;

    public CriterionScore Score(RatingInput input)
    {
        var missed = input.Labelled(Labels.MissedOpportunity).ToList();
        if (missed.Count == 0)
        {
            return new CriterionScore(1, [], "no missed opportunity is named, so none is explained");
        }

        var explained = Explained(input, missed);
        var share = (double)explained.Count / missed.Count;
        var unexplained = UnexplainedPoliceDecisions(input);
        var score = options.SystemsExplained.Score(share);
        var why = string.Create(CultureInfo.InvariantCulture, $"{explained.Count} of {missed.Count} missed opportunities come with an explanation ({share:P0})");
        if (unexplained > 0)
        {
            score = Math.Min(score, 3);
            why += string.Create(CultureInfo.InvariantCulture, $"; {unexplained} sentence(s) say a police decision was left unexplained");
        }

        return new CriterionScore(score, explained.Select(a => a.Id).ToList(), why);
    }

    /// <summary>The share of missed opportunities that come with an explanation; null when none is named.</summary>
    public double? Measure(RatingInput input)
    {
        var missed = input.Labelled(Labels.MissedOpportunity).ToList();
        return missed.Count == 0 ? null : (double)Explained(input, missed).Count / missed.Count;
    }

    /// <summary>
    /// Sentences that say the why of a decision is missing, about the police: a police mention comes
    /// before the wording, so "the police IMR does not explain why" counts and "the trust's report did not
    /// explain why the care coordinator did not ask for a welfare check" does not.
    /// </summary>
    private static int UnexplainedPoliceDecisions(RatingInput input)
    {
        var police = input.Labelled(Labels.PoliceMention).Select(a => a.Start).Order().ToList();
        var count = 0;
        foreach (var sentence in input.Sentences)
        {
            var match = UnexplainedWording.Match(input.SentenceText(sentence));
            var before = sentence.Start + match.Index;
            if (match.Success && police.Any(start => sentence.Start <= start && start < before))
            {
                count++;
            }
        }

        return count;
    }

    private List<Annotation> Explained(RatingInput input, List<Annotation> missed) =>
        missed.Where(a => Explains(a.Text) || Explains(input.NextSentence(a.Start))).ToList();

    private bool Explains(string sentence) =>
        options.ExplanationWords.Any(w => sentence.Contains(w, StringComparison.OrdinalIgnoreCase));
}
