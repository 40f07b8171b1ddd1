using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;
using static Ingest.Tests.Core.Rating.ReviewBuilder;

namespace Ingest.Tests.Core.Rating.Fitting;

/// <summary>
/// The thresholds `ingest fit-rating` chooses for a banded criterion, on small reviews built in memory
/// whose measure and gold score the test sets: what separates the gold scores, what stays when nothing
/// better is found, and what left-one-document-out can and cannot know.
/// </summary>
public sealed class BandFitterTests
{
    private static readonly RateOptions Defaults = new();
    /// <summary>The protected-characteristics tests fit the count's bands, so the count must be able to reach 4 on its own.</summary>
    private static readonly RateOptions CountBands = Defaults with { ProtectedRecorded = new(1, 2, 4) };

    private static readonly string[] Kinds = ["age", "sex", "race", "religion", "disability", "sexual_orientation"];

    private static BandedSetting Setting(string criterion) => BandedSetting.All.Single(s => s.Criterion == criterion);

    private static RatingFitDocument Gold(string id, RatingInput input, string criterion, int score) =>
        new(id, input, new GoldQuality { Rating = score, Criteria = new Dictionary<string, int> { [criterion] = score } });

    /// <summary>A review of 20 sentences, <paramref name="police"/> of them mentioning the police.</summary>
    private static RatingInput Coverage(int police) => new ReviewBuilder()
        .Sentences(police, "The officers attended the address.", Labels.PoliceMention)
        .Sentences(20 - police, "The health visitor called at the house.")
        .Build();

    private static RatingInput Recorded(int kinds, bool withheld = false)
    {
        var review = new ReviewBuilder();
        foreach (var kind in Kinds.Take(kinds))
        {
            review.Sentence($"The subject's {kind} was recorded.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = kind });
        }

        return withheld
            ? review.Sentence("Some characteristics were withheld at the family's request.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "withheld" }).Build()
            : review.Build();
    }

    private static RatingInput Lag(int days) => new ReviewBuilder()
        .With(m => m with { Incident = Date("2020-01-01"), Published = Date(new DateOnly(2020, 1, 1).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)) })
        .Build();

    [Test]
    public void Every_score_of_the_scale_stays_reachable_even_where_gold_uses_only_two()
    {
        // Gold gives only 1 and 4: dropping 2 and 3 (Two = Three = Four) would agree everywhere, but a
        // rating scale that can no longer say "limited" or "adequate" is not a fit of it.
        var documents = new[] { (1, 1), (2, 1), (3, 1), (15, 4), (16, 4), (17, 4) }
            .Select((x, i) => Gold($"d{i}", Coverage(x.Item1), RatingCriteria.PoliceCoverage, x.Item2)).ToList();

        var fit = BandFitter.Fit(Setting(RatingCriteria.PoliceCoverage), Defaults, documents, []);

        Assert.That(fit.Fitted.Two, Is.LessThan(fit.Fitted.Three));
        Assert.That(fit.Fitted.Three, Is.LessThan(fit.Fitted.Four));
    }

    [Test]
    public void Recovers_coverage_thresholds_that_separate_the_gold_scores()
    {
        var documents = new[] { (1, 1), (2, 1), (6, 2), (7, 2), (10, 3), (11, 3), (16, 4), (17, 4) }
            .Select((x, i) => Gold($"d{i}", Coverage(x.Item1), RatingCriteria.PoliceCoverage, x.Item2)).ToList();

        var fit = BandFitter.Fit(Setting(RatingCriteria.PoliceCoverage), Defaults, documents, []);

        Assert.That(fit.CurrentAgree, Is.EqualTo(4), "0.12/0.20/0.27 scores every share from 0.30 as 4");
        Assert.That(fit.FittedAgree, Is.EqualTo(8));
        // 0.12 already lies between 0.10 and 0.30, so it stays; the others move to the rounded midpoints of their gaps.
        Assert.That(fit.Fitted, Is.EqualTo(new Bands(0.12, 0.4, 0.7)));
        Assert.That(fit.Accepted, Is.True);
    }

    [Test]
    public void Keeps_the_current_thresholds_when_they_already_agree_with_gold()
    {
        var documents = new[] { (200, 4), (500, 3), (900, 2), (1500, 1) }
            .Select((x, i) => Gold($"d{i}", Lag(x.Item1), RatingCriteria.Timeliness, x.Item2)).ToList();

        var fit = BandFitter.Fit(Setting(RatingCriteria.Timeliness), Defaults, documents, []);

        Assert.That(fit.Fitted, Is.EqualTo(Defaults.IncidentToPublicationDays));
        Assert.That((fit.CurrentAgree, fit.FittedAgree), Is.EqualTo((4, 4)));
        Assert.That(fit.Accepted, Is.False, "nothing to write when nothing changes");
    }

    [Test]
    public void Keeps_falling_thresholds_falling_for_a_delay_and_moves_only_those_that_must_move()
    {
        var documents = new[] { (200, 4), (450, 4), (800, 3), (1000, 2), (1200, 1) }
            .Select((x, i) => Gold($"d{i}", Lag(x.Item1), RatingCriteria.Timeliness, x.Item2)).ToList();

        var fit = BandFitter.Fit(Setting(RatingCriteria.Timeliness), Defaults, documents, []);

        Assert.That(fit.Fitted, Is.EqualTo(new Bands(1095, 900, 625)));
        Assert.That((fit.CurrentAgree, fit.FittedAgree), Is.EqualTo((3, 5)));
    }

    [Test]
    public void Scores_candidates_with_the_real_criterion_so_a_cap_is_respected()
    {
        // Five characteristics and a statement that some were withheld is capped at 2 whatever the thresholds,
        // so gold 2 there and gold 4 for five without the statement can both be met.
        var documents = new List<RatingFitDocument>
        {
            Gold("none", Recorded(0), RatingCriteria.ProtectedCharacteristics, 1),
            Gold("three", Recorded(3), RatingCriteria.ProtectedCharacteristics, 3),
            Gold("five", Recorded(5), RatingCriteria.ProtectedCharacteristics, 4),
            Gold("five-withheld", Recorded(5, withheld: true), RatingCriteria.ProtectedCharacteristics, 2),
        };

        var fit = BandFitter.Fit(Setting(RatingCriteria.ProtectedCharacteristics), CountBands, documents, []);

        Assert.That(fit.FittedAgree, Is.EqualTo(4));
        Assert.That(fit.Fitted, Is.EqualTo(new Bands(1, 2, 4)), "only the cut for 4 must move above three");
    }

    [Test]
    public void Left_one_document_out_predicts_a_document_from_the_others_only()
    {
        // Only one review records six characteristics and has gold 4: fitted on all it is met, but fitted
        // without it the cut for 4 lies beyond what the others show, so left out it scores 3.
        var documents = new[] { (0, 1), (0, 1), (2, 2), (2, 2), (4, 3), (4, 3), (6, 4) }
            .Select((x, i) => Gold($"d{i}", Recorded(x.Item1), RatingCriteria.ProtectedCharacteristics, x.Item2)).ToList();

        var fit = BandFitter.Fit(Setting(RatingCriteria.ProtectedCharacteristics), CountBands, documents, []);

        Assert.That(fit.Fitted, Is.EqualTo(new Bands(1, 3, 5)));
        Assert.That((fit.CurrentAgree, fit.FittedAgree, fit.LeaveOneOutAgree), Is.EqualTo((3, 7, 6)));
    }

    [Test]
    public void Validation_documents_are_scored_but_not_fitted_on()
    {
        var documents = new[] { (1, 1), (2, 1), (6, 2), (7, 2), (10, 3), (11, 3), (16, 4), (17, 4) }
            .Select((x, i) => Gold($"d{i}", Coverage(x.Item1), RatingCriteria.PoliceCoverage, x.Item2)).ToList();
        var validation = new[] { Gold("v0", Coverage(5), RatingCriteria.PoliceCoverage, 2), Gold("v1", Coverage(19), RatingCriteria.PoliceCoverage, 1) };

        var fit = BandFitter.Fit(Setting(RatingCriteria.PoliceCoverage), Defaults, documents, validation);

        Assert.That(fit.Fitted, Is.EqualTo(new Bands(0.12, 0.4, 0.7)), "the same thresholds as without validation documents");
        Assert.That(fit.Validation, Is.EqualTo(new ValidationAgreement(2, 0, 1)));
    }

    [Test]
    public void A_document_without_a_gold_score_for_the_criterion_is_left_out()
    {
        var documents = new List<RatingFitDocument>
        {
            Gold("a", Coverage(1), RatingCriteria.PoliceCoverage, 1),
            Gold("b", Coverage(10), RatingCriteria.PoliceCoverage, 4),
            Gold("c", Coverage(5), RatingCriteria.Timeliness, 2),
        };

        Assert.That(BandFitter.Fit(Setting(RatingCriteria.PoliceCoverage), Defaults, documents, []).Documents, Is.EqualTo(2));
    }

    [TestCase(0.1, 0.3, 0.2)]
    [TestCase(0.35, 0.5, 0.4)]
    [TestCase(410, 500, 455)]
    [TestCase(1, 2, 1.5)]
    [TestCase(0.171, 0.172, 0.1715)]
    public void A_cut_point_is_the_midpoint_rounded_to_the_fewest_decimals_that_stay_in_the_gap(double low, double high, double expected) =>
        Assert.That(BandFitter.Inside(low, high), Is.EqualTo(expected).Within(1e-12));
}
