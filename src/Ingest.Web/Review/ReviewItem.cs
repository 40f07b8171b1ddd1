using Ingest.Core.Documents;

namespace Ingest.Web.Review;

/// <summary>
/// One suggestion as the review page shows it: the annotation as it stands on the user's track, the
/// version the user's next decision must name, and (for a lead adjudicating) what each coder made of it.
/// </summary>
internal sealed record ReviewItem(Annotation Annotation, int Version, string? FirstCoder = null, string? SecondCoder = null);
