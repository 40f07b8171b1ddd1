using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;
using static Ingest.Tests.Core.Rating.ReviewBuilder;

namespace Ingest.Tests.Core.Rating;

/// <summary>
/// police_imr_analysis reads what the review says of the police report: a reflective word the review
/// denies is not reflection, a report the review says did not explain why is criticised, and a report
/// judged analytical counts however few times it is named.
/// </summary>
public sealed class PoliceImrAnalysisReadingTests
{
    private static readonly RateOptions Defaults = new();

    [TestCase("It did not comment on why decisions were taken.")]
    [TestCase("It told us what officers did but not why.")]
    public void A_report_the_review_says_did_not_explain_why_is_criticised_not_analytical(string judgement)
    {
        var input = new ReviewBuilder()
            .Sentence("The police report set out the contacts with the family.", Labels.ImrReference, Agency("police"))
            .Sentence(judgement, Labels.ImrReference, Agency("police"))
            .Sentence("The police addendum explains that officers only submit a notification where they identify a concern.", Labels.ImrReference, Agency("police"))
            .Build();

        var score = new PoliceImrAnalysis(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Does.Contain("criticised 1 time(s)"));
    }

    [Test]
    public void A_report_named_twice_and_judged_analytical_was_submitted_and_used()
    {
        var input = new ReviewBuilder()
            .Sentence("The police report was written by a detective inspector from the force's review team.", Labels.ImrReference, Agency("police"))
            .Sentence("It was one of the strongest we received: it drew on interviews with every officer involved.", Labels.ImrReference, Agency("police"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(4));
    }

    [Test]
    public void A_reflective_report_the_review_says_was_not_written_is_no_reflection()
    {
        var input = new ReviewBuilder()
            .Sentence("The police provided a timeline of their two contacts.", Labels.ImrReference, Agency("police"))
            .Sentence("The force did not complete a separate reflective report.", Labels.ImrReference, Agency("police"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(1));
    }

    [TestCase("The police IMR was short, because the force knew the family for a few weeks.")]
    [TestCase("The force's report, although short, is frank about the missed referral.")]
    public void A_reflective_report_the_review_calls_short_is_adequate_not_good(string limit)
    {
        var input = new ReviewBuilder()
            .Sentence(limit, Labels.ImrReference, Agency("police"))
            .Sentence("It was written by a detective sergeant from the review team.", Labels.ImrReference, Agency("police"))
            .Sentence("It is candid and explains why the call was graded as it was.", Labels.ImrReference, Agency("police"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(3));
    }

    [Test]
    public void A_police_account_is_the_review_s_word_for_every_report_where_others_gave_accounts_too()
    {
        var input = new ReviewBuilder()
            .Sentence("The police account was written by an inspector who spoke to the officers.", Labels.ImrReference, Agency("police"))
            .Sentence("The police account is candid about why the call was closed.", Labels.ImrReference, Agency("police"))
            .Sentence("The police account accepts that the referral was late.", Labels.ImrReference, Agency("police"))
            .Sentence("The school's account was brief.", Labels.ImrReference, Agency("education"))
            .Sentence("The housing account was a list of dates.", Labels.ImrReference, Agency("housing"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(4));
    }
}
