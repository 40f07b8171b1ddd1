using Ingest.Core.Documents;
using Ingest.Core.Pipeline;
using Ingest.Core.Rating.Criteria;

namespace Ingest.Core.Rating;

/// <summary>
/// The "rate" stage (CONTRACT §6): scores the nine criteria from the annotations and metadata, each with
/// its evidence and a one-line why, proposes the overall rating (rules, or a trained model when the host
/// supplies one) and the police-engagement screening decision. An analyst's earlier confirmation is
/// kept: the suggestion changes, the confirmation stands.
/// </summary>
public sealed class RateStage : IPipelineStage
{
    public const string StageName = "rate";

    private readonly IReadOnlyList<ICriterion> _criteria;
    private readonly IOverallRater _rater;
    private readonly PoliceScreening _screening;

    public RateStage(RateOptions options, IOverallRater? rater = null)
    {
        Options = options;
        _criteria = CreateCriteria(options);
        _rater = rater ?? new WeightedMeanRater(options.Weights, options.RoundUpFrom);
        _screening = new PoliceScreening(options);
    }

    public string Name => StageName;

    /// <summary>The options it rates with (the rating model's features and eval's rules row use the same weights).</summary>
    public RateOptions Options { get; }

    public static IReadOnlyList<ICriterion> CreateCriteria(RateOptions options) =>
    [
        new PoliceCoverage(options), new PoliceImrAnalysis(options), new SystemsAnalysis(options),
        new PoliceRecommendations(options), new PoliceGoodPractice(options), new ProtectedCharacteristics(options),
        new Timeliness(options), new PolicingExpertise(options), new MethodologyStated(options),
    ];

    /// <summary>The nine criteria and the proposed overall rating of one document (no confirmation).</summary>
    public ReviewRating Rate(RatingInput input)
    {
        var criteria = _criteria.ToDictionary(c => c.Name, c => c.Score(input), StringComparer.Ordinal);
        var proposal = _rater.Propose(criteria);
        return new ReviewRating(proposal.Rating, proposal.Confidence, criteria, proposal.Producer);
    }

    public ScreeningDecision Screen(RatingInput input) => _screening.Decide(input);

    public StageResult Run(IngestDocument document, CancellationToken cancellationToken)
    {
        if (document.Extracted is null)
        {
            return StageResult.Fail(document, "the rate stage needs extracted and tagged text: put 'extract' and 'tag' before it in pipeline.json");
        }

        cancellationToken.ThrowIfCancellationRequested();
        var input = RatingInput.For(document);
        var rating = Rate(input) with
        {
            Confirmed = document.Rating?.Confirmed,
            ConfirmedBy = document.Rating?.ConfirmedBy,
            Reason = document.Rating?.Reason,
        };
        var screening = Screen(input) with
        {
            Confirmed = document.Screening?.Confirmed,
            ConfirmedBy = document.Screening?.ConfirmedBy,
        };
        return StageResult.Ok(document with { Rating = rating, Screening = screening });
    }
}
