using Ingest.Core.Review;
using Ingest.Web.Html;
using Ingest.Web.Review;
using Ingest.Web.Security;

namespace Ingest.Web.Pages;

/// <summary>
/// Decisions: on one suggestion (answered as JSON for the review page's script), on all waiting
/// suggestions of one label, and on the rating and the screening (plain forms). A stale version is answered 409.
/// </summary>
internal static class DecisionEndpoints
{
    public static void Map(RouteGroupBuilder group)
    {
        group.MapPost("/review/{id}/annotations/{annotationId}", Decide).AddEndpointFilter(Forms.Validate);
        group.MapPost("/review/{id}/accept-all", AcceptAll).AddEndpointFilter(Forms.Validate);
        group.MapPost("/review/{id}/rating", Rate).AddEndpointFilter(Forms.Validate);
        group.MapPost("/review/{id}/screening", Screen).AddEndpointFilter(Forms.Validate);
    }

    private static async Task<IResult> Decide(string id, string annotationId, HttpContext http, IDecisionStore decisions)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var track = ReviewTrack.For(http.User, await decisions.AssignmentAsync(id, http.RequestAborted));
        if (!track.CanDecide)
        {
            return Results.Json(new { message = "This review is double-coded by two other analysts: you can read it but not decide." }, statusCode: 403);
        }

        if (!Enum.TryParse<DecisionAction>(form["action"], ignoreCase: true, out var action) || action is not (DecisionAction.Accept or DecisionAction.Reject or DecisionAction.Edit)
            || !int.TryParse(form["version"], out var version))
        {
            return Results.Json(new { message = "The decision needs an action (accept, reject or edit) and the version you saw." }, statusCode: 400);
        }

        var label = form["label"].ToString();
        if (action == DecisionAction.Edit && !Vocabulary.IsLabel(label))
        {
            return Results.Json(new { message = $"'{label}' is not a label." }, statusCode: 400);
        }

        var agencies = form["agencies"].Where(a => a is not null && Vocabulary.Agencies.Contains(a)).Select(a => a!).ToList();
        var outcome = await decisions.DecideAsync(
            new AnnotationDecision(id, annotationId, track.Track, version, action, Policies.NameOf(http.User),
                action == DecisionAction.Edit ? label : null, action == DecisionAction.Edit ? agencies : null),
            http.RequestAborted);
        return Answer(outcome);
    }

    private static IResult Answer(DecisionOutcome outcome) => outcome.Kind switch
    {
        DecisionOutcomeKind.Stored => Results.Json(new
        {
            version = outcome.Version,
            status = outcome.Annotation?.Status,
            label = outcome.Annotation?.Label,
            agencies = outcome.Annotation is { } a ? TextRenderer.Agencies(a) : null,
        }),
        DecisionOutcomeKind.Conflict => Results.Json(new { message = $"Not saved: {outcome.Message}. Reload the page to see it.", version = outcome.Version }, statusCode: 409),
        DecisionOutcomeKind.NotFound => Results.Json(new { message = outcome.Message }, statusCode: 404),
        _ => Results.Json(new { message = outcome.Message }, statusCode: 400),
    };

    private static async Task<IResult> AcceptAll(string id, HttpContext http, IReviewReader reader, IDecisionStore decisions)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var label = form["label"].ToString();
        var doc = await reader.GetForReviewAsync(id, http.RequestAborted);
        var track = ReviewTrack.For(http.User, await decisions.AssignmentAsync(id, http.RequestAborted));
        if (doc is null || !Vocabulary.IsLabel(label))
        {
            return Results.Json(new { message = "No such review or label." }, statusCode: 404);
        }

        if (!track.CanDecide)
        {
            return Results.Json(new { message = "You can read this review but not decide on it." }, statusCode: 403);
        }

        int accepted = 0, conflicts = 0;
        foreach (var item in await ReviewPage.ItemsAsync(doc, track, decisions, http.RequestAborted))
        {
            if (item.Annotation.Label != label || item.Annotation.Status != "suggested")
            {
                continue;
            }

            var outcome = await decisions.DecideAsync(
                new AnnotationDecision(id, item.Annotation.Id, track.Track, item.Version, DecisionAction.Accept, Policies.NameOf(http.User)), http.RequestAborted);
            _ = outcome.Kind == DecisionOutcomeKind.Stored ? accepted++ : conflicts++;
        }

        return Results.Json(new { accepted, conflicts });
    }

    private static async Task<IResult> Rate(string id, HttpContext http, IDecisionStore decisions)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var track = ReviewTrack.For(http.User, await decisions.AssignmentAsync(id, http.RequestAborted));
        if (!track.CanDecide)
        {
            return Html.Html.Problem(http, 403, "Not allowed", "This review is double-coded by two other analysts: you can read it but not rate it.");
        }

        if (!int.TryParse(form["rating"], out var rating) || !int.TryParse(form["version"], out var version))
        {
            return Html.Html.Problem(http, 400, "Rating not saved", "Choose a rating from 1 to 4.");
        }

        var outcome = await decisions.DecideAsync(new RatingDecision(id, track.Track, version, rating, Policies.NameOf(http.User), form["reason"].ToString()), http.RequestAborted);
        return outcome.Kind switch
        {
            DecisionOutcomeKind.Stored => Results.Redirect($"/review/{Uri.EscapeDataString(id)}#rating"),
            DecisionOutcomeKind.Conflict => Html.Html.Problem(http, 409, "Rating not saved", $"{outcome.Message}. Reload the review to see the rating as it stands now."),
            DecisionOutcomeKind.NotFound => Html.Html.Problem(http, 404, "Rating not saved", outcome.Message ?? "Not found."),
            _ => Html.Html.Problem(http, 400, "Rating not saved", $"{outcome.Message}. Go back and give one."),
        };
    }

    private static async Task<IResult> Screen(string id, HttpContext http, IDecisionStore decisions)
    {
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var track = ReviewTrack.For(http.User, await decisions.AssignmentAsync(id, http.RequestAborted));
        if (!track.CanDecide)
        {
            return Html.Html.Problem(http, 403, "Not allowed", "This review is double-coded by two other analysts: you can read it but not screen it.");
        }

        var engagement = form["engagement"].ToString();
        if (engagement is not ("yes" or "no") || !int.TryParse(form["version"], out var version))
        {
            return Html.Html.Problem(http, 400, "Screening not saved", "Choose whether the police engaged in the case.");
        }

        var outcome = await decisions.DecideAsync(
            new ScreeningConfirmation(id, track.Track, version, engagement == "yes", Policies.NameOf(http.User), form["reason"].ToString()), http.RequestAborted);
        return outcome.Kind switch
        {
            DecisionOutcomeKind.Stored => Results.Redirect($"/review/{Uri.EscapeDataString(id)}#screening"),
            DecisionOutcomeKind.Conflict => Html.Html.Problem(http, 409, "Screening not saved", $"{outcome.Message}. Reload the review to see the screening as it stands now."),
            DecisionOutcomeKind.NotFound => Html.Html.Problem(http, 404, "Screening not saved", outcome.Message ?? "Not found."),
            _ => Html.Html.Problem(http, 400, "Screening not saved", $"{outcome.Message}. Go back and give one."),
        };
    }
}
