using Ingest.Core.Documents;
using Ingest.Core.Storage;

namespace Ingest.Core.Export;

/// <summary>The columns of ratings.csv after the document's id, file, review type and board.</summary>
public static class RatingsCsv
{
    public static string Header { get; } =
        "document_id,file,review_type,board,suggested,confidence,producer,confirmed,confirmed_by,reason,"
        + string.Join(',', RatingCriteria.All) + ",police_engagement,screening_confidence,screening_confirmed";

    /// <summary>The rating columns of a document, or null for a document the rate stage has not run on.</summary>
    public static object?[]? Values(StoredDocument d)
    {
        if (d.Rating is not { } r)
        {
            return null;
        }

        var criteria = RatingCriteria.All.Select(c => (object?)r.Criteria.GetValueOrDefault(c)?.Score);
        return
        [
            r.Suggested, r.Confidence, r.Producer, r.Confirmed, r.ConfirmedBy, r.Reason, .. criteria,
            d.Screening?.PoliceEngagement, d.Screening?.Confidence, d.Screening?.Confirmed,
        ];
    }
}
