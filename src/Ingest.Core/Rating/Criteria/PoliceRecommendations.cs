using System.Globalization;
using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// police_recommendations: are there recommendations for the police as a single agency, specific
/// enough to act on? Police-only recommendations count, a specific one (a timescale, a measure, an
/// audit, a report back) whole and a vague one half; recommendations shared with other agencies show
/// the police were considered but do not score above 2. A police-only recommendation that names a
/// change in what the force or its officers do ("should ensure that officers attending record every
/// child", "should issue guidance setting out what they should see") answers the question and scores at
/// least 3; one that only asks the force to remind, consider, refresh or review does not, whatever its
/// timescale: police recommendations that all lead so score 2. Without a police-only recommendation, one the
/// board makes about the force alone ("should seek assurance from the force that officers ...") names a
/// police action as surely and scores 3 (tuned gold: 3 or 4 in five of six such reviews; s01-s62 48 -> 49
/// of 62, s63-s74 6 -> 8 of 12), also when the only police-only ones ask to remind or review.
/// A set scores 4 when every police-only recommendation is both specific and names a change (one such
/// recommendation alone: gold 4 in s21, s55, s63, s68, 3 in s73), or when three or more name a change.
/// Where the writers differ (two specific police-only recommendations: 4 in s17, s20, s27, s53, s58, s62,
/// 3 in s08, s57) the majority is followed.
/// </summary>
public sealed partial class PoliceRecommendations(RateOptions options) : IBandedCriterion
{
    public string Name => RatingCriteria.PoliceRecommendations;

    public CriterionScore Score(RatingInput input)
    {
        var score = FromRecommendations(input);
        return score.Score == 3 ? WithPoliceWriting(input, score) : score;
    }

    /// <summary>
    /// A 3 rises to 4 in a review that writes at length about the police (RecommendationsPoliceWordsForFour
    /// words or more in the sentences that mention them): its police recommendations come out of an analysis
    /// of police practice. Why: the tuned writers' scores follow how much a review says about the police
    /// (as for systems_analysis). Fitted on s01-s62 52 -> 55 of 62 (the same from 1,500 to 1,800 words:
    /// the three 3s from 1,800 words, s29, s55, s56, are gold 4; of the seventeen from 528 to 1,432, two);
    /// scored on s63-s83, not fitted: 16 -> 17 of 21. A small sample: three reviews carry the fit.
    /// </summary>
    private CriterionScore WithPoliceWriting(RatingInput input, CriterionScore score)
    {
        var words = PoliceWriting.WordsInPoliceSentences(input);
        return words < options.RecommendationsPoliceWordsForFour
            ? score
            : score with { Score = 4, Explanation = score.Explanation + string.Create(CultureInfo.InvariantCulture, $"; drawn from {words} words about the police") };
    }

    private CriterionScore FromRecommendations(RatingInput input)
    {
        var recommendations = input.Labelled(Labels.Recommendation).ToList();
        var policeOnly = PoliceOnly(recommendations);
        var shared = recommendations.Where(r => r.Attributes.Agencies is { Count: > 1 } a && a.Contains("police")).ToList();
        var concrete = policeOnly.Count(r => !AsksOnlyToRemindOrConsider(r.Text));
        if (concrete == 0)
        {
            // Police-only recommendations that each only ask the force to remind or review do not hide one the
            // board makes about the force alone that names a change (s42: gold 3 with one such of each).
            var throughTheForce = ThroughTheForce(recommendations).Where(r => !AsksOnlyToRemindOrConsider(r.Text)).ToList();
            if (throughTheForce.Count > 0)
            {
                var before = policeOnly.Count == 0 ? "no recommendation for the police alone" : $"{policeOnly.Count} recommendation(s) for the police alone only ask the force to remind, consider, refresh or review";
                return new CriterionScore(3, throughTheForce.Select(r => r.Id).ToList(), $"{before}, but {throughTheForce.Count} ask(s) the board to hold the force to a change in what it does");
            }

            if (policeOnly.Count > 0)
            {
                return new CriterionScore(2, policeOnly.Select(r => r.Id).ToList(), Why(policeOnly, Value(policeOnly).Specific) + "; each only asks the force to remind, consider, refresh or review");
            }

            return shared.Count > 0
                ? new CriterionScore(2, shared.Select(r => r.Id).ToList(), $"no recommendation for the police alone; {shared.Count} shared with other agencies")
                : new CriterionScore(1, [], $"none of {recommendations.Count} recommendations is for the police");
        }

        var (specific, value) = Value(policeOnly);
        var score = Math.Max(3, options.PoliceRecommendations.Score(value));
        var allActionable = specific == policeOnly.Count && concrete == policeOnly.Count;
        if (allActionable || concrete >= ManyConcrete)
        {
            score = 4;
        }

        return new CriterionScore(
            score,
            policeOnly.Select(r => r.Id).ToList(),
            Why(policeOnly, specific) + string.Create(CultureInfo.InvariantCulture, $"; {concrete} name(s) a change in what the force does")
                + (allActionable ? "; each is specific and names a change" : string.Empty));
    }

    /// <summary>
    /// Three police-only recommendations that each name a change in what the force does are a set of their own:
    /// s01-s62's writers score 21 of the 23 reviews with three or more police-only recommendations 4 (s22 and s54 3),
    /// whether or not each carries a timescale (s45: three "will add / make mandatory / train", gold 4).
    /// </summary>
    private const int ManyConcrete = 3;

    private static string Why(List<Annotation> policeOnly, int specific) =>
        string.Create(CultureInfo.InvariantCulture, $"{policeOnly.Count} recommendation(s) for the police alone, {specific} with a timescale, measure or report back");

    /// <summary>
    /// True when the recommendation's first action is a vague one: "should remind officers", "should
    /// consider how", "should refresh training", "should review its guidance". Read from the first
    /// should/will/must only, so "should ensure that ... and consider ..." stays concrete.
    /// </summary>
    internal static bool AsksOnlyToRemindOrConsider(string text)
    {
        var lead = LeadingAction().Match(text);
        return lead.Success && VagueActions.Contains(lead.Groups["verb"].Value);
    }

    private static readonly HashSet<string> VagueActions = new(StringComparer.OrdinalIgnoreCase)
    {
        "remind", "be reminded", "consider", "refresh", "reflect", "promote", "reinforce", "emphasise", "emphasize", "explore", "review", "raise awareness",
    };

    [GeneratedRegex(@"\b(?:should|will|must)\s+(?:(?:continue to|further|also|now|urgently)\s+)?(?<verb>be reminded|raise awareness|\w+)", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAction();

    /// <summary>Police-only recommendations, specific ones whole and vague ones half; null when there is none.</summary>
    public double? Measure(RatingInput input)
    {
        var policeOnly = PoliceOnly(input.Labelled(Labels.Recommendation).ToList());
        return policeOnly.Count == 0 ? null : Value(policeOnly).Value;
    }

    /// <summary>
    /// Recommendations addressed to the board or partnership about the police alone ("The Board should seek
    /// assurance from the force that officers ..."): the action is the force's, the board only checks it.
    /// </summary>
    private static IEnumerable<Annotation> ThroughTheForce(List<Annotation> recommendations) =>
        recommendations.Where(r => r.Attributes.Agencies is { Count: 2 } a && a.Contains("police") && a.Contains("partnership"));

    private static List<Annotation> PoliceOnly(List<Annotation> recommendations) =>
        recommendations.Where(r => r.Attributes.Agencies is ["police"]).ToList();

    private static (int Specific, double Value) Value(List<Annotation> policeOnly)
    {
        var specific = policeOnly.Count(r => Specific().IsMatch(r.Text));
        return (specific, specific + (0.5 * (policeOnly.Count - specific)));
    }

    /// <summary>
    /// What makes a recommendation specific enough to act on (SMART): a timescale, a measure, an audit or
    /// dip sample, a report back to a named body ("report compliance to the Board", "report the achieved
    /// times to the Partnership"), a reporting cycle ("each quarter", "annually"), an evaluation of a
    /// change, or a named change to the force's own procedure ("change its call-handling script", "revise
    /// its protocol"). "Remind officers", "consider" and "review its guidance" name none of these.
    /// </summary>
    [GeneratedRegex(@"\b(within|by (the end of|[A-Z][a-z]+ \d{4})|months?|weeks?|audit\w*|report\w* (back|to)|report\w*\b[^.;]{0,80}?\bto (the|its)\b|quarter\w*|annual\w*|each year|evaluat\w*|(change|revise|amend|introduce|extend)s? (its|the)\b|measur\w*|monitor\w*|evidence|assurance|review\w* of|dip[- ]sample|\d+ ?%)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Specific();
}
