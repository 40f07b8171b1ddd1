using System.Globalization;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// systems_analysis: are missed opportunities explained (context, organisation, environment) or only
/// stated? The share of missed_opportunity sentences whose own or next sentence gives a reason
/// ("because", "due to", caseload, training, policy, systems, ...). A review that says in so many words
/// that a police decision was left unexplained ("the police IMR does not explain why", "did not say why
/// officers made the decisions they did") has not explained all its missed opportunities, whatever share
/// of them carry a reason: it scores at most 3, as the rubric keeps 4 for missed opportunities explained.
/// A review that puts police practice down to its organisational context ("the team was carrying four
/// vacancies", "the problem was organisational rather than a failing of individual officers") explains at
/// least part of it, often paragraphs away from the sentence that names the missed opportunity, where the
/// share cannot see it: it scores at least 3. One such sentence is not enough for 4 (explained throughout).
/// A review whose police agency report analyses and reflects (police_imr_analysis 4) has the force's own
/// account of why its missed opportunities happened, usually summarised in the review's analysis rather
/// than beside each missed opportunity: it scores one point more. (Fitted on s01-s62: 37 -> 43 of 62;
/// scored on s63-s77: 8 -> 9 of 15.)
/// Where the tuned writers differ (session 18, s01-s62; gold.json holds scores only, the notes are the
/// samples README's column): the explained share does not separate their scores (2s 0.20-0.44, 3s
/// 0.06-0.80, 4s 0.29-0.79); the analytical police report does. Without one the majority is 3 (25 of 37; 6
/// score 2, 6 score 4), with one 4 (17 of 25). Their 2s ("descriptive police IMR, critiqued", "thin")
/// read like some of their 3s, so no wording found in the text separates them. Measured and not shipped:
/// following that majority (bands 0, 0, 1: 3 unless every missed opportunity is explained) with the
/// report's point kept for reviews with at least four police sentences giving a reason ("because", "due
/// to", "why", organisational context) took s01-s62 41 -> 47 and s63-s81 11 -> 13 but s75-s81 5 -> 4 and
/// the held-out criterion 11 -> 8; the reason condition alone took s01-s62 41 -> 42 and s63-s81 11 -> 12,
/// held out unchanged, but the overall rating exact on s63-s81 16 -> 14 (a lower systems score lets
/// other criteria's low scores show). Session 19: a 4 needing 1,400 words in the police sentences took
/// s01-s62 41 -> 47 and s63-s85 13 -> 16, but the overall rating exact on s63-s85 17 -> 16 and on s01-s62
/// 46 -> 46 (and held out, read afterwards, 11 -> 8, overall 12 -> 11).
/// </summary>
public sealed class SystemsAnalysis(RateOptions options) : IBandedCriterion
{
    private readonly PoliceImrAnalysis _policeImr = new(options);

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
        var unexplained = PoliceSentencesSaying(input, SystemsAnalysisWording.Unexplained);
        var systemic = PoliceSentencesSaying(input, SystemsAnalysisWording.Systemic);
        var score = options.SystemsExplained.Score(share);
        var why = string.Create(CultureInfo.InvariantCulture, $"{explained.Count} of {missed.Count} missed opportunities come with an explanation ({share:P0})");
        if (systemic > 0)
        {
            score = Math.Max(score, 3);
            why += string.Create(CultureInfo.InvariantCulture, $"; {systemic} sentence(s) put police practice down to its organisational context");
        }

        if (_policeImr.Score(input).Score == 4)
        {
            score = Math.Min(4, score + 1);
            why += "; the police agency report analyses and reflects";
        }

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
    /// Sentences about the police that hold the wording, with a police mention before it: "the police IMR
    /// does not explain why" counts and "the trust's report did not explain why the care coordinator did
    /// not ask for a welfare check" does not.
    /// </summary>
    private static int PoliceSentencesSaying(RatingInput input, System.Text.RegularExpressions.Regex wording)
    {
        var police = input.Labelled(Labels.PoliceMention).Select(a => a.Start).Order().ToList();
        var count = 0;
        foreach (var sentence in input.Sentences)
        {
            var match = wording.Match(input.SentenceText(sentence));
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
