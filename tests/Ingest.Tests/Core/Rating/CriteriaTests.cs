using Ingest.Core.Documents;
using Ingest.Core.Rating;
using Ingest.Core.Rating.Criteria;
using static Ingest.Tests.Core.Rating.ReviewBuilder;

namespace Ingest.Tests.Core.Rating;

/// <summary>Each criterion of CONTRACT §6 as an analyst would check it: this evidence gives this score, and says why.</summary>
public sealed class CriteriaTests
{
    private static readonly RateOptions Defaults = new();

    [TestCase(1, 9, 1)]
    [TestCase(2, 13, 2)]
    [TestCase(3, 4, 4)]
    public void Police_coverage_follows_the_share_of_sentences_that_mention_the_police(int police, int other, int expected)
    {
        var input = new ReviewBuilder()
            .Sentences(police, "The officers attended the address.", Labels.PoliceMention)
            .Sentences(other, "The health visitor called at the house.")
            .Build();

        var score = new PoliceCoverage(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(expected));
        Assert.That(score.Explanation, Does.StartWith($"{police} of {police + other} sentences"));
        Assert.That(score.Evidence, Has.Count.EqualTo(police));
    }

    [Test]
    public void Police_imr_analysis_is_poor_without_a_police_agency_report()
    {
        var input = new ReviewBuilder()
            .Sentence("Children's Social Care submitted an IMR.", Labels.ImrReference, Agency("childrens_social_care"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(1));
    }

    [Test]
    public void Police_imr_analysis_is_good_when_the_police_report_is_used_and_described_as_reflective()
    {
        var input = new ReviewBuilder()
            .Sentences(2, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police"))
            .Sentence("The police IMR was candid and reflective about the decisions.", Labels.ImrReference, Agency("police"))
            .Build();

        var score = new PoliceImrAnalysis(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Evidence, Is.EqualTo(new[] { "a2" }));
    }

    [Test]
    public void Police_imr_analysis_is_adequate_when_used_without_comment_on_its_analysis()
    {
        var input = new ReviewBuilder().Sentences(3, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police")).Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(3));
    }

    [Test]
    public void Police_imr_analysis_is_poor_when_the_police_gave_only_a_summary_or_a_short_response()
    {
        var input = new ReviewBuilder()
            .Sentences(2, "The Constabulary's summary set out the dates of contact.", Labels.ImrReference, Agency("police"))
            .Sentence("The police response to the panel's questions was brief.", Labels.ImrReference, Agency("police"))
            .Build();

        var score = new PoliceImrAnalysis(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(1));
        Assert.That(score.Explanation, Does.Contain("summary or short report"));
    }

    [Test]
    public void Police_imr_analysis_reads_a_summary_beside_a_full_police_report_as_part_of_it()
    {
        var input = new ReviewBuilder()
            .Sentences(2, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police"))
            .Sentence("The Constabulary's summary set out the dates of contact.", Labels.ImrReference, Agency("police"))
            .Build();

        Assert.That(new PoliceImrAnalysis(Defaults).Score(input).Score, Is.EqualTo(3));
    }

    [TestCase("The police IMR was almost entirely descriptive.")]
    [TestCase("The police IMR was a list of events without analysis.")]
    [TestCase("It was brief and consisted of a list of incidents taken from the force's records.")]
    public void Police_imr_analysis_is_poor_when_the_review_says_the_police_report_only_lists_events(string judgement)
    {
        var input = new ReviewBuilder()
            .Sentences(3, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police"))
            .Sentence(judgement, Labels.ImrReference, Agency("police", critique: true))
            .Build();

        var score = new PoliceImrAnalysis(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(1));
        Assert.That(score.Explanation, Does.Contain("only listing events"));
        Assert.That(score.Evidence, Is.EqualTo(new[] { "a3" }));
    }

    [TestCase(1, 2)]
    [TestCase(3, 1)]
    public void Police_imr_analysis_falls_with_each_critique_of_the_police_report(int critiques, int expected)
    {
        var input = new ReviewBuilder()
            .Sentences(3, "The police IMR set out the contacts.", Labels.ImrReference, Agency("police"))
            .Sentences(critiques, "The police IMR does not explain why the referral was not made.", Labels.ImrReference, Agency("police", critique: true))
            .Build();

        var score = new PoliceImrAnalysis(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(expected));
        Assert.That(score.Evidence, Has.Count.EqualTo(critiques), "the critiques are the evidence");
    }

    [Test]
    public void Systems_analysis_counts_missed_opportunities_explained_in_their_own_or_the_next_sentence()
    {
        var input = new ReviewBuilder()
            .Sentence("The officers did not complete a DASH form.", Labels.MissedOpportunity, Agency("police"))
            .Sentence("This was because the team carried a high caseload that month.")
            .Sentence("No referral was made to MARAC due to a gap in the force policy.", Labels.MissedOpportunity, Agency("police"))
            .Sentence("The GP did not ask about the injuries.", Labels.MissedOpportunity, Agency("health"))
            .Sentence("The family moved in March.")
            .Build();

        var score = new SystemsAnalysis(Defaults).Score(input);

        Assert.That(score.Evidence, Is.EqualTo(new[] { "a0", "a1" }), "the two explained ones");
        Assert.That(score.Explanation, Does.StartWith("2 of 3 missed opportunities"));
        Assert.That(score.Score, Is.EqualTo(4));
    }

    [Test]
    public void Systems_analysis_of_bare_missed_opportunities_is_limited_and_of_none_is_poor()
    {
        var bare = new ReviewBuilder().Sentences(4, "The officers did not complete a DASH form.", Labels.MissedOpportunity, Agency("police")).Sentence("The family moved.").Build();
        var none = new ReviewBuilder().Sentence("The family moved.").Build();

        Assert.That(new SystemsAnalysis(Defaults).Score(bare).Score, Is.EqualTo(2));
        Assert.That(new SystemsAnalysis(Defaults).Score(none).Score, Is.EqualTo(1));
    }

    [Test]
    public void Police_recommendations_need_the_police_alone_and_specific_ones_score_highest()
    {
        var specific = new AnnotationAttributes { Agencies = ["police"] };
        var input = new ReviewBuilder()
            .Sentence("Northmoor Constabulary should audit 50 domestic abuse cases within six months.", Labels.Recommendation, specific)
            .Sentence("Northmoor Constabulary should report to the Partnership by the end of the year on training.", Labels.Recommendation, specific)
            .Sentence("The police should consider the learning.", Labels.Recommendation, specific)
            .Build();

        var score = new PoliceRecommendations(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Explanation, Is.EqualTo("3 recommendation(s) for the police alone, 2 with a timescale, measure or report back; 2 name(s) a change in what the force does"));
    }

    [Test]
    public void Police_recommendations_shared_with_other_agencies_score_2_and_none_for_the_police_1()
    {
        var shared = new ReviewBuilder().Sentence("All agencies including the police should share information.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["police", "health"] }).Build();
        var none = new ReviewBuilder().Sentence("The ICB should review its guidance.", Labels.Recommendation, new AnnotationAttributes { Agencies = ["health"] }).Build();

        Assert.That(new PoliceRecommendations(Defaults).Score(shared).Score, Is.EqualTo(2));
        Assert.That(new PoliceRecommendations(Defaults).Score(none).Score, Is.EqualTo(1));
    }

    [Test]
    public void Police_good_practice_counts_only_police_sentences_and_values_specific_ones()
    {
        const string Specific = "The officer who attended recorded the child's own words, checked the force systems for earlier incidents and made a referral the same night.";
        var input = new ReviewBuilder()
            .Sentences(3, Specific, Labels.GoodPractice, Agency("police"))
            .Sentence("The officers did well.", Labels.GoodPractice, Agency("police"))
            .Sentence("The school acted promptly.", Labels.GoodPractice, Agency("education"))
            .Build();

        var score = new PoliceGoodPractice(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(3), "3 specific + half of 1 vague = 3.5");
        Assert.That(score.Evidence, Has.Count.EqualTo(4), "the school's good practice is not police evidence");
        Assert.That(new PoliceGoodPractice(Defaults).Score(new ReviewBuilder().Sentence("The school acted.").Build()).Score, Is.EqualTo(1));
    }

    [Test]
    public void Protected_characteristics_recorded_score_by_how_many_up_to_3_and_a_withheld_statement_caps_at_2()
    {
        static RatingInput With(params string[] characteristics)
        {
            var b = new ReviewBuilder();
            foreach (var c in characteristics)
            {
                b.Sentence($"Recorded: {c}.", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = c });
            }

            return b.Build();
        }

        var criterion = new ProtectedCharacteristics(Defaults);
        Assert.That(criterion.Score(With()).Score, Is.EqualTo(1));
        Assert.That(criterion.Score(With("considered")).Score, Is.EqualTo(2));
        Assert.That(criterion.Score(With("race")).Score, Is.EqualTo(3), "one listed is listed: the rubric's 3, however many");
        Assert.That(criterion.Score(With("age", "sex")).Score, Is.EqualTo(3));
        Assert.That(criterion.Score(With("age", "sex", "race", "considered")).Score, Is.EqualTo(3), "three characteristics: the tuned writers' 3");
        Assert.That(criterion.Score(With("age", "sex", "race", "disability")).Score, Is.EqualTo(3), "four listed, not discussed: ProtectedCharacteristicsDiscussionTests");
        Assert.That(criterion.Score(With("age", "sex", "race", "withheld")).Score, Is.EqualTo(2));
        Assert.That(criterion.Score(With("age", "race", "race")).Explanation, Is.EqualTo("records age, race"));
    }

    [TestCase("2022-01-01", "2022-11-01", "2023-01-01", 4)]
    [TestCase("2022-01-01", "2023-06-01", "2023-10-01", 3)]
    [TestCase("2022-01-01", "2023-06-01", "2024-10-01", 1)]
    [TestCase("2017-01-01", "2018-01-01", "2021-01-01", 1)]
    [TestCase("2020-01-01", "2022-02-01", "2022-04-01", 3)]
    [TestCase("2020-01-01", "2021-09-01", "2022-04-01", 2)]
    public void Timeliness_scores_the_delay_to_publication(string incident, string completed, string published, int expected)
    {
        var input = new ReviewBuilder()
            .With(m => m with { Incident = Date(incident), Completed = Date(completed), Published = Date(published) })
            .Build();

        var score = new Timeliness(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(expected));
        Assert.That(score.Evidence, Is.EquivalentTo(new[] { "metadata.dates.incident", "metadata.dates.completed", "metadata.dates.published" }));
    }

    [Test]
    public void Timeliness_of_a_long_review_published_promptly_after_completion_says_so()
    {
        var input = new ReviewBuilder()
            .With(m => m with { Incident = Date("2020-01-01"), Completed = Date("2022-02-01"), Published = Date("2022-04-01") })
            .Build();

        var score = new Timeliness(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(3), "27 months from the incident scores 2 alone; two months after completion is prompt");
        Assert.That(score.Explanation, Does.Contain("published promptly once complete"));
    }

    [Test]
    public void Timeliness_without_a_publication_date_cannot_be_judged_and_says_so()
    {
        var score = new Timeliness(Defaults).Score(new ReviewBuilder().Build());

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Does.StartWith("no publication date"));
    }

    [Test]
    public void Policing_expertise_is_good_when_the_author_has_a_policing_background()
    {
        var input = new ReviewBuilder().With(m => m with { AuthorPolicingBackground = new Evidenced<bool>(true, 0, 0, 1) }).Build();

        var score = new PolicingExpertise().Score(input);

        Assert.That(score.Score, Is.EqualTo(4));
        Assert.That(score.Evidence, Is.EqualTo(new[] { "metadata.author_policing_background" }));
    }

    [Test]
    public void Policing_expertise_from_the_panel_advising_on_police_practice_is_3_and_mere_presence_2()
    {
        var advising = new ReviewBuilder().Sentence("The panel included a Detective Inspector, who gave advice on police procedure.", Labels.PoliceMention).Build();
        var present = new ReviewBuilder().Sentence("The panel included Northmoor Constabulary.", Labels.PoliceMention).Build();
        var absent = new ReviewBuilder().Sentence("The panel included health and social care.").Build();

        Assert.That(new PolicingExpertise().Score(advising).Score, Is.EqualTo(3));
        Assert.That(new PolicingExpertise().Score(present).Score, Is.EqualTo(2));
        Assert.That(new PolicingExpertise().Score(absent).Score, Is.EqualTo(1));
    }

    [Test]
    public void A_reviewer_without_a_policing_background_leaning_on_the_police_panel_member_is_2()
    {
        var input = new ReviewBuilder()
            .With(m => m with { AuthorPolicingBackground = new Evidenced<bool>(false, 0, 0, 1) })
            .Sentence("The panel included a Detective Inspector, who gave advice on police procedure.", Labels.PoliceMention)
            .Build();

        Assert.That(new PolicingExpertise().Score(input).Score, Is.EqualTo(2));
    }

    [Test]
    public void Officers_taking_part_in_the_learning_event_count_as_the_police_represented()
    {
        var input = new ReviewBuilder().Sentence("The learning event was attended by social workers, teachers and two police officers.", Labels.PoliceMention).Build();

        Assert.That(new PolicingExpertise().Score(input).Score, Is.EqualTo(2));
    }

    [Test]
    public void Methodology_named_and_described_is_good_an_imr_route_adequate_and_nothing_poor()
    {
        var words = string.Join(' ', Enumerable.Repeat("The learning event brought practitioners together.", 50));
        static ReviewMetadata Named(ReviewMetadata m, string name) => m with { Methodology = new Evidenced<string>(name, 0, 0, 1) };

        var described = new ReviewBuilder().With(m => Named(m, "SILP")).Section("methodology", b => b.Sentence(words)).Build();
        var namedOnly = new ReviewBuilder().With(m => Named(m, "SILP")).Build();
        var imrOnly = new ReviewBuilder().With(m => Named(m, "traditional IMR")).Build();
        var nothing = new ReviewBuilder().Build();

        var criterion = new MethodologyStated(Defaults);
        Assert.That(criterion.Score(described).Score, Is.EqualTo(4));
        Assert.That(criterion.Score(namedOnly).Score, Is.EqualTo(3));
        Assert.That(criterion.Score(imrOnly).Score, Is.EqualTo(3));
        Assert.That(criterion.Score(nothing).Score, Is.EqualTo(1));
    }

    [TestCase("Chronologies and short reflective summaries were provided for the rapid review by six agencies.")]
    [TestCase("Twelve practitioners came to a practitioner workshop in October.")]
    public void Methodology_not_named_but_described_by_the_sources_and_events_of_the_review_is_limited_not_poor(string howItWasDone)
    {
        var input = new ReviewBuilder().Sentence("Ruby was twelve.").Sentence(howItWasDone).Build();

        var score = new MethodologyStated(Defaults).Score(input);

        Assert.That(score.Score, Is.EqualTo(2));
        Assert.That(score.Explanation, Does.Contain("says how the review was done"));
    }

    [Test]
    public void Methodology_not_named_but_given_a_section_of_its_own_is_adequate_and_with_nothing_said_poor()
    {
        var shortSection = new ReviewBuilder().Section("methodology", b => b.Sentence("We spoke to the family and read the records.")).Build();
        var agencyTalk = new ReviewBuilder().Sentence("The chronology of events shows that the police attended twice.").Build();

        Assert.That(new MethodologyStated(Defaults).Score(shortSection).Score, Is.EqualTo(3));
        Assert.That(new MethodologyStated(Defaults).Score(agencyTalk).Score, Is.EqualTo(1));
    }
}
