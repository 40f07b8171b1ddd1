using System.Security.Claims;
using Ingest.Core.Review;
using Ingest.Web.Security;

namespace Ingest.Web.Review;

/// <summary>
/// Which record a user's decisions on a document go to. An assigned coder of a double-coded review
/// works on their own track, unseen by the other coder; a lead or admin works on the final record
/// (for a double-coded review that is the adjudication); an analyst who is not one of the two coders
/// may read but not decide.
/// </summary>
internal sealed record ReviewTrack(string Track, bool CanDecide, CodingAssignment? Assignment)
{
    public bool IsAdjudication => Assignment is not null && Track == DecisionTracks.Final;

    public static ReviewTrack For(ClaimsPrincipal user, CodingAssignment? assignment)
    {
        var name = Policies.NameOf(user);
        if (assignment is null)
        {
            return new ReviewTrack(DecisionTracks.Final, true, null);
        }

        if (name == assignment.FirstCoder || name == assignment.SecondCoder)
        {
            return new ReviewTrack(DecisionTracks.Coder(name), true, assignment);
        }

        return new ReviewTrack(DecisionTracks.Final, user.IsAtLeast(UserRole.Lead), assignment);
    }
}
