using System.Globalization;
using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Reports;

/// <summary>
/// `ingest report`: police practice compared across review types (the briefing's fourth research
/// question), one row per review type and one for all reviews, as CSV. A joint review (DHR/SAR)
/// counts in each of its types. Only ingested reviews count; failed and unread ones have no text.
/// </summary>
public static class CorpusReport
{
    public const string AllReviews = "all";

    public static async Task<IReadOnlyList<ReviewTypeSummary>> BuildAsync(IAsyncEnumerable<StoredDocument> documents, CancellationToken cancellationToken)
    {
        var all = new ReviewTypeSummary(AllReviews);
        var byType = new SortedDictionary<string, ReviewTypeSummary>(StringComparer.Ordinal);
        await foreach (var d in documents.WithCancellation(cancellationToken))
        {
            if (d.Status != DocumentStatus.Ingested)
            {
                continue;
            }

            var figures = ReviewFigures.Of(d);
            all.Add(figures);
            foreach (var type in figures.ReviewTypes.DefaultIfEmpty("unknown"))
            {
                if (!byType.TryGetValue(type, out var summary))
                {
                    byType[type] = summary = new ReviewTypeSummary(type);
                }

                summary.Add(figures);
            }
        }

        return [.. byType.Values, all];
    }

    public static string Header =>
        "review_type,reviews,words," + string.Join(',', ReviewTypeSummary.Agencies.Select(a => "share_" + a)) +
        ",police_mentions_per_1000_words,reviews_with_imr,reviews_with_police_imr,police_imr_analytical,recommendations,police_only_recommendations,multi_agency_recommendations,police_only_share,multi_agency_share,top_police_processes,rating_1,rating_2,rating_3,rating_4,unrated";

    public static async Task WriteCsvAsync(IReadOnlyList<ReviewTypeSummary> rows, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteAsync(Header + "\n");
        foreach (var r in rows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var fields = new List<string> { r.ReviewType, Int(r.Reviews), r.Words.ToString(CultureInfo.InvariantCulture) };
            fields.AddRange(ReviewTypeSummary.Agencies.Select(a => Number(r.Share(a))));
            fields.AddRange(
            [
                Number(r.PoliceMentionsPerThousandWords), Int(r.ReviewsWithImr), Int(r.ReviewsWithPoliceImr), Int(r.PoliceImrAnalytical),
                Int(r.Recommendations), Int(r.PoliceOnlyRecommendations), Int(r.MultiAgencyRecommendations),
                Number(Ratio(r.PoliceOnlyRecommendations, r.Recommendations)), Number(Ratio(r.MultiAgencyRecommendations, r.Recommendations)),
                Quote(string.Join("; ", r.TopProcesses(5).Select(p => $"{p.Process} ({p.Mentions})"))),
                Int(r.Ratings[1]), Int(r.Ratings[2]), Int(r.Ratings[3]), Int(r.Ratings[4]), Int(r.Ratings[0]),
            ]);
            await output.WriteAsync(string.Join(',', fields) + "\n");
        }
    }

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static string Int(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string Number(double x) => x.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Quote(string s) => s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : s;
}
