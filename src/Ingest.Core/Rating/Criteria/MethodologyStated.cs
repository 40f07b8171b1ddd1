using System.Text.RegularExpressions;
using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// methodology_stated: is the review's methodology named and described? A named model (SILP, Learning
/// Together, systems, ...) and a methodology section long enough to describe it score 4, the model without
/// the description 3. The generic routes (the traditional IMR route, a "hybrid" of agency reports and
/// practitioner events) name the review's sources rather than a model: 3, unless the account of how the
/// review followed the route runs to <see cref="RateOptions.DescribedRouteWords"/> (4; session 21). The tuned gold scores a traditional IMR review 3 in 24 of 31 (4 in four, 2 in three, described
/// or not) and a hybrid 3 in four of five. A review
/// that names no method but gives its method a section of its own has described it, as a named method
/// without a description has been named: 3 either way. One that only mentions the sources and
/// practitioner events it drew on scores 2; only one that says neither scores 1.
/// The description is read from the methodology section and from the sections that carry the rest of
/// the method in many templates (contributors, panel, author, the IMRs: <see cref="ReviewProcessSections"/>).
/// A concise review (the Welsh concise child or adult practice review: a shorter, time-limited form of the
/// model) scores at most 3 however long its method section: the tuned gold scores all seven such reviews 3
/// and both extended Welsh reviews with a described method 4.
/// </summary>
public sealed partial class MethodologyStated(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.MethodologyStated;

    public CriterionScore Score(RatingInput input)
    {
        var method = input.Metadata?.Methodology?.Value;
        var words = input.WordsInSections("methodology") + ReviewProcessSections.Words(input);
        var described = words >= options.DescribedMethodologyWords;
        if (method is null)
        {
            return Unnamed(input, words);
        }

        if (GenericRoutes.Contains(method))
        {
            return words >= options.DescribedRouteWords
                ? new CriterionScore(4, ["metadata.methodology"], $"names the review's route ({method}) and sets out how it was followed at length ({words} words of methodology, contributors, panel and author)")
                : new CriterionScore(3, ["metadata.methodology"], $"names the review's route ({method}), which says what sources it gathered rather than a model of analysis ({words} words of methodology, contributors, panel and author)");
        }

        var score = 3 + (described ? 1 : 0);
        var why = described
            ? $"names the method ({method}) and describes it in {words} words (methodology, contributors, panel and author sections)"
            : $"names the method ({method}) without a methodology section that describes it ({words} words with contributors, panel and author)";
        if (score > 3 && ConciseModel().Match(input.Text) is { Success: true } concise)
        {
            score = 3;
            why += $"; a concise review (\"{concise.Value}\"), whose model is the short form of the method";
        }

        return new CriterionScore(score, ["metadata.methodology"], why);
    }

    private static CriterionScore Unnamed(RatingInput input, int words)
    {
        if (words > 0)
        {
            return new CriterionScore(3, [], $"no named method, but {words} words of methodology (with contributors, panel and author) describe how the review was done");
        }

        var process = HowTheReviewWasDone().Match(input.Text);
        return process.Success
            ? new CriterionScore(2, [], $"no named method or methodology section, but says how the review was done (\"{process.Value}\")")
            : new CriterionScore(1, [], "no method named and nothing said of how the review was done");
    }

    // The methodology categories that name where the material came from, not how it was analysed.
    private static readonly HashSet<string> GenericRoutes = new(StringComparer.Ordinal) { "traditional IMR", "hybrid" };

    // The Welsh concise practice review (and reviews that call themselves concise): the shortened, time-limited form.
    [GeneratedRegex(@"\bconcise (?:child |adult )?(?:practice )?(?:reviews?|CPR|APR|model)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConciseModel();

    // The review's own sources and events: agency material that was provided for it, or a practitioner event held for it.
    [GeneratedRegex(@"\b(chronolog(y|ies)|IMRs?|Individual Management Reviews?|agency (reports?|summar(y|ies))|reflective (summar(y|ies)|reports?)|written accounts?)\b[^.]{0,120}?\b(were|was) (provided|submitted|received|requested|commissioned|prepared|written)\b|\bpractitioners?'? (workshop|learning event|event|sessions?|conversations?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex HowTheReviewWasDone();
}
