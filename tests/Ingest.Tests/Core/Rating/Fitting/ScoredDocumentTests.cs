using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Fitting;
using static Ingest.Tests.Core.Rating.ReviewBuilder;

namespace Ingest.Tests.Core.Rating.Fitting;

/// <summary>
/// The fitter keeps one score per band a document's measure falls in. That is right only if each banded
/// criterion reads its thresholds through that band alone: checked here against the criterion scored
/// afresh, over reviews that hit the caps, floors and penalties.
/// </summary>
public sealed class ScoredDocumentTests
{
    private static RatingInput Review(int police, bool withheld, string published)
    {
        var review = new ReviewBuilder()
            .Sentences(police, "The officers attended the address.", Labels.PoliceMention)
            .Sentences(6 - police, "The health visitor called at the house.")
            .Sentence("The police missed the chance to refer the family.", Labels.MissedOpportunity, Agency("police"))
            .Sentence("This was because of the caseload pressure on the team.")
            .Sentence("The police did not share the incident log.", Labels.MissedOpportunity, Agency("police"))
            .Sentence("The police should audit referrals within six months.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police"] })
            .Sentence("The police should think again.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police"] })
            .Sentence("The officer visited the next morning, spoke to the child alone, recorded what was said and made a referral to children's social care the same day.", Labels.GoodPractice, Agency("police"))
            .Sentence("The police did well.", Labels.GoodPractice, Agency("police"))
            .Sentence("Her age was recorded.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "age" })
            .Sentence("His disability was recorded.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "disability" })
            .With(m => m with { Incident = Date("2020-01-01"), Completed = Date("2020-06-01"), Published = Date(published) });
        return withheld
            ? review.Sentence("Other characteristics were withheld.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "withheld" }).Build()
            : review.Build();
    }

    private static readonly double[] Cuts = [0, 0.3, 0.5, 1, 1.5, 2, 3, 5, 400, 700, 1000];

    [Test]
    public void The_kept_score_is_the_criterion_scored_afresh_with_those_thresholds()
    {
        var reviews = new[] { Review(1, false, "2020-09-01"), Review(4, true, "2021-09-01"), Review(6, false, "2023-01-01") };
        var options = new RateOptions();
        var compared = 0;
        foreach (var setting in BandedSetting.All)
        {
            foreach (var input in reviews)
            {
                var gold = new GoldQuality { Criteria = new Dictionary<string, int> { [setting.Criterion] = 1 } };
                var document = new ScoredDocument(setting, options, new RatingFitDocument("r", input, gold));
                foreach (var bands in Triples(setting.LowerIsBetter))
                {
                    var afresh = setting.Create(setting.Set(options, bands)).Score(input).Score;
                    Assert.That(document.Score(bands), Is.EqualTo(afresh), $"{setting.Criterion} with {bands}");
                    compared++;
                }
            }
        }

        Assert.That(compared, Is.GreaterThan(1000));
    }

    private static IEnumerable<Bands> Triples(bool falling) =>
        from a in Cuts
        from b in Cuts
        from c in Cuts
        where a <= b && b <= c
        select falling ? new Bands(c, b, a) : new Bands(a, b, c);
}
