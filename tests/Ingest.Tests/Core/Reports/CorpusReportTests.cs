using Ingest.Core.Documents;
using Ingest.Core.Reports;
using Ingest.Core.Storage;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Core.Reports;

/// <summary>`ingest report` on reviews built in memory, where every figure can be counted by hand.</summary>
[TestFixture]
public sealed class CorpusReportTests
{
    // Four sentences: one names the police, two name children's social care, one names nobody.
    private const string Dhr1 =
        "The police attended the address. Children's social care held a strategy discussion. Children's social care closed the case. The family moved away.";

    private const string Dhr2 = "The police IMR was descriptive and lacked analysis. The GP saw him twice.";

    private const string Sar = "The police did not complete a DASH risk assessment. Adult social care made a section 42 enquiry.";

    private static StoredDocument[] Reviews()
    {
        var d1 = Make("d1", Dhr1,
        [
            On(Dhr1, "police", Labels.PoliceMention, new AnnotationAttributes { Category = "force" }),
            On(Dhr1, "strategy discussion", Labels.PoliceMention, new AnnotationAttributes { Category = "process" }),
            On(Dhr1, "attended", Labels.PoliceMention, new AnnotationAttributes { Category = "process" }, status: "rejected"),
            On(Dhr1, "The police attended the address.", Labels.ImrReference, new AnnotationAttributes { Agency = "police" }),
            On(Dhr1, "Children's social care closed the case.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police"] }),
            On(Dhr1, "The family moved away.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police", "health"] }),
        ], MetadataOf(["DHR"])) with { Rating = new ReviewRating(2, 0.7, new Dictionary<string, CriterionScore>(), "test") { Confirmed = 3 } };
        var d2 = Make("d2", Dhr2,
        [
            On(Dhr2, "The police IMR was descriptive and lacked analysis.", Labels.ImrReference, new AnnotationAttributes { Agency = "police", Critique = true }),
        ], MetadataOf(["DHR"])) with { Rating = new ReviewRating(2, 0.6, new Dictionary<string, CriterionScore>(), "test") };
        var sar = Make("s1", Sar,
        [
            On(Sar, "DASH risk assessment", Labels.PoliceMention, new AnnotationAttributes { Category = "process" }),
            On(Sar, "police", Labels.PoliceMention, new AnnotationAttributes { Category = "force" }),
            On(Sar, "Adult social care made a section 42 enquiry.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["adult_social_care"] }),
        ], MetadataOf(["SAR", "DHR"]));
        var failed = Make("f1", string.Empty, [], MetadataOf(["SAR"])) with { Status = DocumentStatus.Failed };
        return [d1, d2, sar, failed];
    }

    private static async Task<Dictionary<string, ReviewTypeSummary>> Build() =>
        (await CorpusReport.BuildAsync(Stream(Reviews()), CancellationToken.None)).ToDictionary(r => r.ReviewType);

    [Test]
    public async Task A_joint_review_counts_in_each_of_its_types_and_failed_reviews_not_at_all()
    {
        var rows = await Build();
        Assert.That(rows.Keys, Is.EquivalentTo(new[] { "DHR", "SAR", CorpusReport.AllReviews }));
        Assert.That((rows["DHR"].Reviews, rows["SAR"].Reviews, rows[CorpusReport.AllReviews].Reviews), Is.EqualTo((3, 1, 3)));
    }

    [Test]
    public async Task Agency_shares_are_the_mean_share_of_each_review_s_sentences_naming_the_agency()
    {
        var dhr = (await Build())["DHR"];

        // d1: police 1/4, children's social care 2/4; d2: police 1/2, health 1/2; s1: police 1/2, adult social care 1/2.
        Assert.That(dhr.Share("police"), Is.EqualTo((0.25 + 0.5 + 0.5) / 3).Within(1e-9));
        Assert.That(dhr.Share("childrens_social_care"), Is.EqualTo(0.5 / 3).Within(1e-9));
        Assert.That(dhr.Share("health"), Is.EqualTo(0.5 / 3).Within(1e-9));
        Assert.That(dhr.Share("education"), Is.Zero);
    }

    [Test]
    public async Task Police_mention_density_is_per_thousand_words_without_rejected_mentions()
    {
        var sar = (await Build())["SAR"];
        var words = Sar.Split(' ').Length;
        Assert.That(sar.PoliceMentionsPerThousandWords, Is.EqualTo(2 * 1000.0 / words).Within(1e-9));
        var dhr1 = ReviewFigures.Of(Reviews()[0]);
        Assert.That(dhr1.PoliceMentions, Is.EqualTo(2), "the rejected mention does not count");
    }

    [Test]
    public async Task A_police_imr_is_analytical_unless_the_review_criticises_it()
    {
        var dhr = (await Build())["DHR"];
        Assert.That((dhr.ReviewsWithImr, dhr.ReviewsWithPoliceImr, dhr.PoliceImrAnalytical), Is.EqualTo((2, 2, 1)));
    }

    [Test]
    public async Task Recommendations_split_into_police_alone_and_multi_agency()
    {
        var dhr = (await Build())["DHR"];
        Assert.That((dhr.Recommendations, dhr.PoliceOnlyRecommendations, dhr.MultiAgencyRecommendations), Is.EqualTo((3, 1, 1)));
    }

    [Test]
    public async Task Police_processes_are_ranked_by_mentions()
    {
        var all = (await Build())[CorpusReport.AllReviews];
        Assert.That(all.TopProcesses(5), Is.EqualTo(new[] { ("dash risk assessment", 1), ("strategy discussion", 1) }));
    }

    [Test]
    public async Task Ratings_count_the_confirmed_rating_over_the_suggestion_and_unrated_reviews_apart()
    {
        var dhr = (await Build())["DHR"];
        Assert.That(dhr.Ratings, Is.EqualTo(new[] { 1, 0, 1, 1, 0 }), "unrated, 1, 2, 3, 4");
    }

    [Test]
    public async Task Proposed_and_confirmed_ratings_are_counted_apart_for_the_web_report()
    {
        var dhr = (await Build())["DHR"];
        Assert.That(dhr.ProposedRatings, Is.EqualTo(new[] { 1, 0, 2, 0, 0 }), "d1 and d2 proposed 2 (d1 confirmed 3), s1 never rated");
        Assert.That(dhr.ConfirmedRatings, Is.EqualTo(new[] { 2, 0, 0, 1, 0 }), "only d1 confirmed, as 3");
    }

    [Test]
    public async Task The_csv_has_a_header_and_a_row_per_type_then_all()
    {
        using var output = new StringWriter();
        await CorpusReport.WriteCsvAsync(await CorpusReport.BuildAsync(Stream(Reviews()), CancellationToken.None), output, CancellationToken.None);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines[0], Is.EqualTo(CorpusReport.Header));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[0]), Is.EqualTo(new[] { "DHR", "SAR", "all" }));
        var header = lines[0].Split(',');
        var dhr = lines[1].Split(',');
        Assert.That(dhr, Has.Length.EqualTo(header.Length));
        Assert.That(dhr[Array.IndexOf(header, "police_only_share")], Is.EqualTo("0.333"));
        Assert.That(dhr[Array.IndexOf(header, "top_police_processes")], Is.EqualTo("dash risk assessment (1); strategy discussion (1)"));
    }
}
