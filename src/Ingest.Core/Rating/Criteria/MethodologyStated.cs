using Ingest.Core.Documents;

namespace Ingest.Core.Rating.Criteria;

/// <summary>
/// methodology_stated: is the review's methodology named and described? A named method (metadata) and
/// a methodology section long enough to describe it; the generic "IMR" route counts one point less than
/// a named model (SILP, Learning Together, systems, ...), since it names a source, not a method.
/// </summary>
public sealed class MethodologyStated(RateOptions options) : ICriterion
{
    public string Name => RatingCriteria.MethodologyStated;

    public CriterionScore Score(RatingInput input)
    {
        var method = input.Metadata?.Methodology?.Value;
        var words = input.WordsInSections("methodology");
        var described = words >= options.DescribedMethodologyWords;
        if (method is null)
        {
            return described
                ? new CriterionScore(2, [], $"no named method, but a methodology section of {words} words")
                : new CriterionScore(1, [], "no method named and no methodology section");
        }

        var score = (method == "traditional IMR" ? 2 : 3) + (described ? 1 : 0);
        var why = described ? $"names the method ({method}) and describes it in {words} words" : $"names the method ({method}) without a methodology section that describes it";
        return new CriterionScore(score, ["metadata.methodology"], why);
    }
}
