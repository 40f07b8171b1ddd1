using Ingest.Core.Documents;
using Ingest.Core.Metadata.Dates;

namespace Ingest.Tests.Core.Metadata.Dates;

public sealed class IncidentDateFeaturesTests
{
    private const string Review =
        "1. Introduction\n\n"
        + "1.1 This review concerns Mr T, who died at his home on 14th February 2023 after an assault by his son.\n\n"
        + "1.2 The Community Safety Partnership was notified on 2 March 2023 and commissioned the review on 20 April 2023.\n\n"
        + "2. Chronology\n\n"
        + "2.1 In June 2021 Mr T was seen by his GP. Officers attended on 14th February 2023 and found Mr T dead.\n\n"
        + "2.2 The inquest was held on 5 October 2023.\n";

    private static readonly IReadOnlyList<Section> Sections =
    [
        new("1. Introduction", "introduction", 1, 0, Review.IndexOf("2. Chronology", StringComparison.Ordinal), 15, 0.9),
        new("2. Chronology", "chronology", 1, Review.IndexOf("2. Chronology", StringComparison.Ordinal), Review.Length, Review.IndexOf("2. Chronology", StringComparison.Ordinal) + 13, 0.9),
    ];

    private static float Feature(DateCandidate c, string name) => c.Features[IncidentDateFeatures.Names.ToList().IndexOf(name)];

    private static List<DateCandidate> Candidates(ReviewDate? rules = null) =>
        IncidentDateFeatures.Candidates(new DateContext(Review, Sections, rules, null)).ToList();

    [Test]
    public void Every_date_the_review_mentions_is_a_candidate_with_one_value_a_feature_between_zero_and_one()
    {
        var candidates = Candidates();

        Assert.That(candidates.Select(c => c.Date.Iso), Is.EqualTo(new[] { "2023-02-14", "2023-03-02", "2023-04-20", "2021-06", "2023-02-14", "2023-10-05" }));
        Assert.That(candidates.All(c => c.Features.Count == IncidentDateFeatures.Names.Count), Is.True);
        Assert.That(candidates.SelectMany(c => c.Features).All(f => f is >= 0 and <= 1), Is.True);
    }

    [Test]
    public void The_death_reads_as_an_event_and_the_notification_and_inquest_as_process()
    {
        var candidates = Candidates();
        var death = candidates[0];
        var notified = candidates[1];
        var inquest = candidates[5];

        Assert.That((Feature(death, "death_word"), Feature(death, "event_close"), Feature(death, "process_word")), Is.EqualTo((1f, 1f, 0f)));
        Assert.That(Feature(notified, "process_close"), Is.EqualTo(1f));
        Assert.That(Feature(inquest, "process_word"), Is.EqualTo(1f));
        Assert.That(Feature(inquest, "event_word"), Is.EqualTo(0f));
    }

    // Session 12: the day someone was told of the death is the notice's, however far the verb stands from the date;
    // where the death comes between the verb and the date, the date is the death's.
    [TestCase("Kelby Police informed the Community Safety Partnership of Maxine's death on 10 January 2024.", 1f)]
    [TestCase("The local authority notified the national Child Safeguarding Practice Review Panel on 25 October 2023.", 1f)]
    [TestCase("The police were informed by a neighbour that Maxine had died on 10 January 2024.", 0f)]
    public void A_date_a_notification_verb_governs_is_process_close(string sentence, float expected)
    {
        var text = "1. Introduction\n\n1.1 " + sentence + "\n";
        var section = new Section("1. Introduction", "introduction", 1, 0, text.Length, 15, 0.9);
        var candidate = IncidentDateFeatures.Candidates(new DateContext(text, [section], null, null)).Single();
        Assert.That(Feature(candidate, "process_close"), Is.EqualTo(expected));
    }

    [Test]
    public void The_start_of_the_review_s_period_is_no_candidate_but_still_a_mention_of_its_day()
    {
        // The chooser is fitted on the candidates it chooses among, so the period's start is left out of both.
        const string text = "1.1 The review covers the period from 1 January 2022 to the date of Mr W's death.\n\n1.2 On 1 January 2022 Mr W moved to Caldmoor. Mr W died in a fire on 12 November 2023.\n";

        var candidates = IncidentDateFeatures.Candidates(new DateContext(text, [], null, null));

        Assert.That(candidates.Select(c => c.Date.Iso), Is.EqualTo(new[] { "2022-01-01", "2023-11-12" }));
        Assert.That(candidates[0].Start, Is.EqualTo(text.IndexOf("On 1 January", StringComparison.Ordinal) + 3));
        Assert.That(Feature(candidates[0], "mentions"), Is.EqualTo(2 / 5f));
        Assert.That(Feature(candidates[0], "first_mention"), Is.EqualTo(0f));
    }

    [Test]
    public void The_day_the_review_says_it_was_completed_on_is_no_candidate()
    {
        var text = "1.1 Mr T died on 14th February 2023.\n\n1.2 The review was completed on 28th February 2024.\n";
        var done = IncidentDateFeatures.Candidates(new DateContext(text, [], null, null))[^1].Date;
        var candidates = IncidentDateFeatures.Candidates(new DateContext(text, [], null, done));
        Assert.That(candidates.Select(c => c.Date.Iso), Is.EqualTo(new[] { "2023-02-14" }));
    }

    [Test]
    public void Sections_mentions_precision_and_the_commissioning_date_are_read()
    {
        var candidates = Candidates();
        var (death, chronologyDeath, month) = (candidates[0], candidates[4], candidates[3]);

        Assert.That(Feature(death, "sec_intro"), Is.EqualTo(1f));
        Assert.That(Feature(chronologyDeath, "sec_chronology"), Is.EqualTo(1f));
        Assert.That(Feature(death, "mentions"), Is.EqualTo(2 / 5f));
        Assert.That((Feature(death, "first_mention"), Feature(chronologyDeath, "first_mention")), Is.EqualTo((1f, 0f)));
        Assert.That((Feature(death, "precision_day"), Feature(month, "precision_month")), Is.EqualTo((1f, 1f)));

        // Commissioned on 2 March (the notification is the earliest day of a commissioning sentence):
        // 14 February is the last date before it; the inquest comes after.
        Assert.That(Feature(death, "latest_before_commission"), Is.EqualTo(1f));
        Assert.That(Feature(month, "latest_before_commission"), Is.EqualTo(0f));
        Assert.That(Feature(candidates[5], "after_commission"), Is.EqualTo(1f));
        Assert.That(Feature(candidates[5], "chronological_rank"), Is.EqualTo(1f));
    }

    [Test]
    public void The_rules_pick_is_a_feature_and_a_span_the_rules_joined_is_still_a_candidate()
    {
        var span = new ReviewDate("2021-06/2023-02", new DateOnly(2021, 6, 1), new DateOnly(2023, 2, 28));
        var candidates = Candidates(span);

        Assert.That(candidates.Single(c => c.Date.Iso == span.Iso).Features[IncidentDateFeatures.Names.ToList().IndexOf("rules_pick")], Is.EqualTo(1f));
        Assert.That(candidates.Where(c => c.Date.Iso != span.Iso).All(c => Feature(c, "rules_pick") == 0), Is.True);
        Assert.That(Feature(candidates[0], "inside_rules_pick"), Is.EqualTo(1f));
    }

    // Session 13: where one sentence dates the injury and the death, the word just before each date says whose it is.
    [TestCase("He was found injured in his flat on 2nd January 2024 and died in hospital on the 5th of January 2024.", 0f, 1f)]
    [TestCase("Tansy died on or about 4th Oct. 2023; she was found on 6th Oct. 2023.", 1f, 0f)]
    public void A_date_the_word_of_death_governs_is_death_before(string sentence, float first, float second)
    {
        var candidates = IncidentDateFeatures.Candidates(new DateContext("1.1 " + sentence + "\n", [], null, null));
        Assert.That(candidates.Select(c => Feature(c, "death_before")), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void The_only_day_in_the_month_the_opening_says_someone_died_is_day_of_death_month()
    {
        const string text = "1.1 Mr W died in a fire at his bungalow in November 2023.\n\n5. Chronology\n\n| 02/06/2023 | GP visit |\n\n| 12/11/2023 | Fire; Mr W found dead |\n";
        var candidates = IncidentDateFeatures.Candidates(new DateContext(text, [], null, null));
        Assert.That(candidates.Where(c => Feature(c, "day_of_death_month") == 1).Select(c => c.Date.Iso), Is.EqualTo(new[] { "2023-11-12" }));
    }

    // Session 13: a referral in the practice is not the review's commissioning, and "following the death of ... in
    // February 2023" dates the event, not the decision.
    [TestCase("1.1 Callum died on 25 February 2023.\n\n1.2 In November 2022 the coordinator made the referral to the Child Exploitation Team.\n\n1.3 The panel met in May 2023.\n")]
    [TestCase("1.1 Callum died on 25 February 2023.\n\n1.2 This review was commissioned following the death of Callum in February 2023, in April 2023.\n")]
    public void Only_a_decision_about_the_review_dates_its_commissioning(string text)
    {
        var death = IncidentDateFeatures.Candidates(new DateContext(text, [], null, null))[0];
        Assert.That((death.Date.Iso, Feature(death, "after_commission")), Is.EqualTo(("2023-02-25", 0f)));
    }

    [Test]
    public void A_notification_between_the_death_and_the_commissioning_does_not_take_last_before_commission()
    {
        const string text = "1.1 Maxine was killed by her husband on Tuesday, 9 January 2024.\n\n1.2 The police informed the Partnership of her death on 10 January 2024. The Partnership decided on 31 January 2024 that the criteria for a review were met.\n";
        var candidates = IncidentDateFeatures.Candidates(new DateContext(text, [], null, null));
        Assert.That(candidates.Where(c => Feature(c, "latest_before_commission") == 1).Select(c => c.Date.Iso).Distinct(), Is.EqualTo(new[] { "2024-01-09" }));
    }

    [Test]
    public void A_span_the_rules_joined_is_weighed_where_they_read_it()
    {
        const string text = "Cover\n\n1.1 Between April 2022 and February 2023 five people lost their lives.\n";
        var span = new ReviewDate("2022-04/2023-02", new DateOnly(2022, 4, 1), new DateOnly(2023, 2, 28));
        var at = text.IndexOf("April", StringComparison.Ordinal);
        var candidate = IncidentDateFeatures.Candidates(new DateContext(text, [], span, null, at)).Single(c => c.Date.Iso == span.Iso);
        Assert.That((candidate.Start, Feature(candidate, "death_word")), Is.EqualTo((at, 1f)));
    }

    [Test]
    public void A_text_without_dates_has_no_candidates()
    {
        Assert.That(IncidentDateFeatures.Candidates(new DateContext("No dates here at all.", [], null, null)), Is.Empty);
    }
}
