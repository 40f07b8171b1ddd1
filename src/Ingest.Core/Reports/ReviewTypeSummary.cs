namespace Ingest.Core.Reports;

/// <summary>
/// The figures for one review type, added up review by review so memory holds one summary per type,
/// not the corpus. Shares and densities are means over the type's reviews (each review weighs the
/// same, so one very long review does not speak for the rest); counts are totals.
/// </summary>
public sealed class ReviewTypeSummary(string reviewType)
{
    /// <summary>The agency vocabulary of CONTRACT §5, in its order: the report's share columns.</summary>
    public static IReadOnlyList<string> Agencies { get; } =
        ["police", "childrens_social_care", "adult_social_care", "health", "education", "probation", "housing", "voluntary_sector", "partnership", "national", "other"];

    private readonly Dictionary<string, double> _shareSums = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _processes = new(StringComparer.Ordinal);
    private readonly int[] _ratings = new int[5];
    private readonly int[] _proposed = new int[5];
    private readonly int[] _confirmed = new int[5];
    private double _densitySum;

    public string ReviewType { get; } = reviewType;

    public int Reviews { get; private set; }

    public long Words { get; private set; }

    public int ReviewsWithImr { get; private set; }

    public int ReviewsWithPoliceImr { get; private set; }

    /// <summary>Reviews with a police IMR that no sentence criticises as lacking analysis.</summary>
    public int PoliceImrAnalytical { get; private set; }

    public int Recommendations { get; private set; }

    public int PoliceOnlyRecommendations { get; private set; }

    public int MultiAgencyRecommendations { get; private set; }

    public void Add(ReviewFigures r)
    {
        Reviews++;
        Words += r.Words;
        foreach (var agency in Agencies)
        {
            _shareSums[agency] = _shareSums.GetValueOrDefault(agency) + (r.Sentences == 0 ? 0 : (double)r.SentencesNaming.GetValueOrDefault(agency) / r.Sentences);
        }

        _densitySum += r.Words == 0 ? 0 : r.PoliceMentions * 1000.0 / r.Words;
        ReviewsWithImr += r.HasImr ? 1 : 0;
        ReviewsWithPoliceImr += r.HasPoliceImr ? 1 : 0;
        PoliceImrAnalytical += r.HasPoliceImr && !r.PoliceImrCritiqued ? 1 : 0;
        Recommendations += r.Recommendations;
        PoliceOnlyRecommendations += r.PoliceOnlyRecommendations;
        MultiAgencyRecommendations += r.MultiAgencyRecommendations;
        foreach (var p in r.PoliceProcesses)
        {
            _processes[p] = _processes.GetValueOrDefault(p) + 1;
        }

        _ratings[RatingIndex(r.Rating)]++;
        _proposed[RatingIndex(r.ProposedRating)]++;
        _confirmed[RatingIndex(r.ConfirmedRating)]++;
    }

    /// <summary>Mean share of a review's sentences that name the agency (0-1).</summary>
    public double Share(string agency) => Reviews == 0 ? 0 : _shareSums.GetValueOrDefault(agency) / Reviews;

    /// <summary>Mean police mentions per 1,000 words.</summary>
    public double PoliceMentionsPerThousandWords => Reviews == 0 ? 0 : _densitySum / Reviews;

    /// <summary>Reviews rated 1..4 (confirmed rating where an analyst gave one, else the suggestion); index 0 counts unrated reviews.</summary>
    public IReadOnlyList<int> Ratings => _ratings;

    /// <summary>Reviews by the pipeline's proposed rating 1..4 alone; index 0 counts reviews never rated.</summary>
    public IReadOnlyList<int> ProposedRatings => _proposed;

    /// <summary>Reviews by the rating an analyst confirmed 1..4; index 0 counts reviews no analyst has confirmed yet.</summary>
    public IReadOnlyList<int> ConfirmedRatings => _confirmed;

    private static int RatingIndex(int? rating) => rating is >= 1 and <= 4 and var r ? r : 0;

    /// <summary>The most mentioned police processes, most first, ties in alphabetical order.</summary>
    public IReadOnlyList<(string Process, int Mentions)> TopProcesses(int count) =>
        _processes.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(count).Select(p => (p.Key, p.Value)).ToList();
}
