using System.Text.Json;
using Ingest.Core.Documents;
using Ingest.Core.Review;

namespace Ingest.Tests.Core.Review;

/// <summary>
/// The pipeline's suggestions with the analysts' latest final decisions laid over them, as every store
/// reads a document: by id, else by label and span, and the decisions that match nothing are kept apart.
/// </summary>
[TestFixture]
public sealed class DecisionOverlayTests
{
    private static readonly JsonSerializerOptions Snake = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };
    private static long _ids;

    private static Annotation Suggestion(string id, string label, int start, int end, AnnotationAttributes? attributes = null) =>
        new(id, label, start, end, "text", attributes ?? AnnotationAttributes.None, "rule", "suggested", 0.5, "tagger@1");

    private static DecisionRecord Decided(Annotation before, Annotation after, string kind = DecisionTargets.Annotation) =>
        new(++_ids, "doc", kind, before.Id, DecisionTracks.Final, 1, "accept", "ann", DateTimeOffset.UnixEpoch,
            JsonSerializer.Serialize(before, Snake), JsonSerializer.Serialize(after, Snake), null);

    [Test]
    public void An_accept_sets_the_status_and_keeps_what_the_latest_run_found()
    {
        var old = Suggestion("a1", Labels.PoliceMention, 0, 8);
        var rerun = old with { Attributes = new AnnotationAttributes { Force = "Kent Police" }, Confidence = 0.9 };

        var result = DecisionOverlay.Apply([rerun], null, null, [Decided(old, old with { Status = "accepted" })]);

        Assert.That((result.Annotations[0].Status, result.Annotations[0].Attributes.Force, result.Annotations[0].Confidence), Is.EqualTo(("accepted", "Kent Police", 0.9)));
        Assert.That(result.Unmatched, Is.Empty);
    }

    [Test]
    public void An_edit_brings_its_label_agencies_and_source()
    {
        var old = Suggestion("a1", Labels.GoodPractice, 0, 30, new AnnotationAttributes { Agency = "police" });
        var edited = old with { Label = Labels.MissedOpportunity, Attributes = new AnnotationAttributes { Agency = "health" }, Status = "edited", Source = DecisionOverlay.AnalystSource };

        var a = DecisionOverlay.Apply([old], null, null, [Decided(old, edited)]).Annotations[0];

        Assert.That((a.Label, a.Attributes.Agency, a.Source, a.Status), Is.EqualTo((Labels.MissedOpportunity, "health", "analyst", "edited")));
    }

    [Test]
    public void A_decision_whose_id_is_gone_follows_the_same_label_on_the_same_span_but_not_another_label()
    {
        var old = Suggestion("rule-1", Labels.GoodPractice, 10, 40);
        var sameSpan = Suggestion("model-1", Labels.GoodPractice, 10, 40);
        var otherLabel = Suggestion("model-2", Labels.MissedOpportunity, 50, 60);
        var gone = Suggestion("rule-2", Labels.GoodPractice, 50, 60);

        var result = DecisionOverlay.Apply([sameSpan, otherLabel], null, null,
            [Decided(old, old with { Status = "rejected" }), Decided(gone, gone with { Status = "accepted" })]);

        Assert.That(result.Annotations.Select(a => a.Status), Is.EqualTo(new[] { "rejected", "suggested" }));
        Assert.That(result.Unmatched.Select(d => d.TargetId), Is.EqualTo(new[] { "rule-2" }));
    }

    [Test]
    public void A_decision_on_the_suggestions_own_id_wins_over_one_that_followed_it_by_span()
    {
        var old = Suggestion("rule-1", Labels.GoodPractice, 10, 40);
        var current = Suggestion("model-1", Labels.GoodPractice, 10, 40);

        var result = DecisionOverlay.Apply([current], null, null,
            [Decided(current, current with { Status = "accepted" }), Decided(old, old with { Status = "rejected" })]);

        Assert.That(result.Annotations[0].Status, Is.EqualTo("accepted"));
        Assert.That(result.Unmatched, Is.Empty, "the older decision is superseded, not lost: it stays in the log");
    }

    [Test]
    public void Rating_and_screening_keep_the_new_proposal_with_the_analysts_confirmation()
    {
        var proposed = new ReviewRating(3, 0.8, new Dictionary<string, CriterionScore>(), "rating@2");
        var decidedRating = new ReviewRating(2, 0.6, new Dictionary<string, CriterionScore>(), "rating@1") { Confirmed = 4, ConfirmedBy = "ann", Reason = "why" };
        var screening = new ScreeningDecision(true, 0.9, [], "screening@2");
        var decidedScreening = new ScreeningDecision(true, 0.7, [], "screening@1") { Confirmed = false, ConfirmedBy = "bob", Reason = "no contact" };
        DecisionRecord Record(string kind, object after) =>
            new(++_ids, "doc", kind, kind, DecisionTracks.Final, 1, "override", "ann", DateTimeOffset.UnixEpoch, null, JsonSerializer.Serialize(after, Snake), "why");

        var result = DecisionOverlay.Apply([], proposed, screening, [Record(DecisionTargets.Rating, decidedRating), Record(DecisionTargets.Screening, decidedScreening)]);

        Assert.That((result.Rating!.Suggested, result.Rating.Confirmed, result.Rating.Reason), Is.EqualTo((3, (int?)4, "why")));
        Assert.That((result.Screening!.Confidence, result.Screening.Confirmed, result.Screening.Reason), Is.EqualTo((0.9, (bool?)false, "no contact")));
    }

    [Test]
    public void A_rating_decision_on_a_document_that_no_longer_has_a_rating_is_unmatched()
    {
        var decided = new ReviewRating(2, 0.6, new Dictionary<string, CriterionScore>(), "rating@1") { Confirmed = 2 };
        var record = new DecisionRecord(1, "doc", DecisionTargets.Rating, DecisionTargets.RatingId, DecisionTracks.Final, 1, "confirm", "ann",
            DateTimeOffset.UnixEpoch, null, JsonSerializer.Serialize(decided, Snake), null);

        Assert.That(DecisionOverlay.Apply([], null, null, [record]).Unmatched, Has.Count.EqualTo(1));
    }
}
