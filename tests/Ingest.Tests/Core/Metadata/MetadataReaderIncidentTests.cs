using Ingest.Core.Documents;
using Ingest.Core.Metadata;
using Ingest.Core.Metadata.Dates;

namespace Ingest.Tests.Core.Metadata;

/// <summary>The incident date (death or serious harm) as reviews state it, with its evidence span.</summary>
public sealed class MetadataReaderIncidentTests
{
    // These pin the hand rules (MetadataReader.RulesIncident), which the learnt chooser falls back on and which
    // fit-dates measures it against; the chooser's own examples are in Dates/.
    private static ReviewMetadata Read(string text, params Section[] sections) => new MetadataReader(new IncidentDateChooser(null)).Read(text, sections, [], 1);

    private static Section Part(string text, string type, string from, string? to = null)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = to is null ? text.Length : text.IndexOf(to, start + from.Length, StringComparison.Ordinal) - 2;
        return new Section(from.Split('\n')[0], type, 1, start, end, start + from.Split('\n')[0].Length, 0.9);
    }

    private static string Evidence(string text, ReviewMetadata m) => text[m.Incident!.Start..m.Incident.End];

    // Session 11: the narrative gives the death as a month, the key dates table its day on a line of its own.
    [Test]
    public void A_month_is_made_the_one_day_of_that_month_a_table_gives()
    {
        const string text = "Cover\n\nMrs P was 80 when she died after a fall at home in March 2022.\n\nOn 2 February 2022 a carer noted a bruise.\n\nKey dates\n\n02/02/2022\n\n17/03/2022\n\nCarer visit\n\nMrs P found on the floor";

        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2022-03-17"));
    }

    [Test]
    public void A_day_in_a_sentence_about_something_else_does_not_refine_the_month()
    {
        const string text = "Cover\n\nMrs P was 80 when she died after a fall at home in March 2022.\n\nOn 9 March 2022 her boiler was serviced by the landlord.";

        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2022-03"));
    }

    [Test]
    public void A_death_written_as_a_month_without_its_year_takes_the_year_of_the_paragraph()
    {
        const string text = "Cover\n\nIn the last week of November 2023 Mr B was found confused in a car park with a head wound. He died in hospital in early December.";

        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2023-12"));
    }

    [Test]
    public void A_heading_without_a_full_stop_does_not_join_the_paragraph_under_it()
    {
        const string text = """
            Cover

            1.1 Adult K died at his flat in December 2023.

            2. Terms of reference and scope

            2.1 The review considered agency contact with Adult K between 1st January 2023 and his death on 14th December 2023.
            """;
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-12-14"));
        Assert.That(Evidence(text, m), Is.EqualTo("14th December 2023"));
    }

    [Test]
    public void The_first_paragraph_after_a_contents_list_is_read()
    {
        const string text = """
            Joint Review: Hollie

            Contents

            01 Why this review was held

            07 What happened

            01 Why this review was held

            Hollie died in the early hours of 3rd January 2023 at her flat. An inquest was held in September 2023.
            """;
        var m = Read(text, Part(text, "cover", "Joint Review", "Contents"), Part(text, "contents", "Contents", "01 Why this review was held\n\nHollie"));
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-01-03"));
        Assert.That(Evidence(text, m), Is.EqualTo("3rd January 2023"));
    }

    [Test]
    public void A_cover_that_runs_into_the_outline_of_circumstances_stops_at_its_first_prose()
    {
        const string text = """
            Joint Extended Child and Adult Practice Review

            Report accepted by the Board: 11 September 2024

            Brief outline of circumstances resulting in the Review

            A joint review was commissioned by the Board on the recommendation of its Case Review Group, which met on 9 May 2023.

            Baby E was seven months old when she was admitted to hospital on the evening of 14 March 2023 with a fractured skull.
            """;
        var m = Read(text, Part(text, "cover", "Joint Extended"));
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-03-14"));
        Assert.That(Evidence(text, m), Is.EqualTo("14 March 2023"));
    }

    [TestCase("The review covers the period from 1 January 2020 to Walter's death.")]
    [TestCase("The review considered agency contact from 1st June 2019 until the homicide.")]
    public void The_start_of_the_period_under_review_is_not_the_incident(string period)
    {
        var text = $"Cover\n\n{period}\n\nWalter was killed at his home in December 2022.";
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2022-12"));
    }

    [Test]
    public void The_end_of_the_period_under_review_is_the_incident_where_it_is_the_death()
    {
        const string text = "Cover\n\n3.1 The review considered the period from 1st June 2015 until Child L's death on 20th March 2017.";
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2017-03-20"));
        Assert.That(Evidence(text, m), Is.EqualTo("20th March 2017"));
    }

    [Test]
    public void A_date_of_death_in_brackets_on_a_wrapped_cover_title_is_the_incident()
    {
        const string text = "Domestic Homicide Review: Margaret (died\n\n03/11/2021)\n\nReport completed: 14.02.2023\n\n3. Fenwold Police notified the Partnership of the death on 9th November 2021.";
        var m = Read(text, Part(text, "cover", "Domestic Homicide", "3. Fenwold"));
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2021-11-03"));
        Assert.That(Evidence(text, m), Is.EqualTo("03/11/2021"));
    }

    [TestCase("In the early hours of 3rd November 2021 officers found Margaret dead in her hallway.", "3rd November 2021")]
    [TestCase("The incident occurred on the evening of 3rd November 2021, when Baby S became limp at home.", "3rd November 2021")]
    [TestCase("On 3 November 2021 Baby S was brought by ambulance to the Emergency Department of Hallowmere General Hospital.", "3 November 2021")]
    public void The_event_is_read_from_the_words_reviews_use_for_it(string sentence, string evidence)
    {
        var text = $"Cover\n\n1.1 {sentence}\n\n1.4 The Chair decided on 4th March 2022 that the criteria were met because Baby S had been seriously harmed.";
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2021-11-03"));
        Assert.That(Evidence(text, m), Is.EqualTo(evidence));
    }

    [Test]
    public void A_sentence_of_death_without_a_date_takes_the_date_its_paragraph_gave()
    {
        const string text = """
            Cover

            The Case Review Group considered a referral in February 2023 and agreed that the criteria were met: Mrs E had died.

            In the early hours of 3rd January 2023 Mrs E fell in the bathroom. Officers found her on the floor at 04:55. She was taken to hospital, where she died later that morning.
            """;
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-01-03"));
        Assert.That(Evidence(text, m), Is.EqualTo("3rd January 2023"));
    }

    [Test]
    public void A_paragraph_s_date_does_not_carry_into_the_next_paragraph()
    {
        var m = Read("Cover\n\nOn 3rd January 2023 Mrs E moved to a new flat.\n\nShe died later that year.");
        Assert.That(m.Incident, Is.Null);
    }

    [Test]
    public void Days_later_count_on_from_the_paragraph_s_date()
    {
        const string text = "Cover\n\nOn 8 April 2023 Stephen fell down the stairs of his block. He died two days later in hospital.";
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-04-10"));
        Assert.That(Evidence(text, m), Is.EqualTo("8 April 2023 Stephen fell down the stairs of his block. He died two days later"));
    }

    [TestCase("Stephen died in hospital on the evening of Easter Monday 2023 (10 April), two days after he was found.", "2023-04-10", "10 April")]
    [TestCase("In December 2023 Adult K stopped answering the door. On 14th December his key worker found him dead.", "2023-12-14", "14th December")]
    [TestCase("In December 2022 she stopped eating. On 3 January she was found dead at home.", "2023-01-03", "3 January")]
    public void A_day_written_without_its_year_takes_the_year_before_it(string paragraph, string iso, string evidence)
    {
        var text = $"Cover\n\n{paragraph}";
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo(iso));
        Assert.That(Evidence(text, m), Is.EqualTo(evidence));
    }

    [Test]
    public void A_decision_said_to_follow_the_event_dates_the_event_not_the_decision()
    {
        const string text = """
            Extended Child Practice Review: Child S

            The Board commissioned this review after Child S was found unconscious in a flat in the early hours of Sunday 19th March 2023. She recovered.

            On Saturday 18th March 2023 Child S was reported missing at 21:40.
            """;
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2023-03-19"));
        Assert.That(Evidence(text, m), Is.EqualTo("19th March 2023"));
    }

    [Test]
    public void A_notification_of_the_death_is_still_no_date_of_the_death()
    {
        const string text = """
            Child Safeguarding Practice Review: Kai

            The Partnership was notified of Kai's death on 21 February 2023.

            Kai died at home in February 2023.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2023-02"));
    }

    [Test]
    public void Deaths_between_two_months_are_one_span()
    {
        const string text = """
            Lives on the Street

            Between April 2022 and February 2023 five people who were sleeping rough lost their lives in Ardleigh.
            """;
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2022-04/2023-02"));
        Assert.That(Evidence(text, m), Is.EqualTo("April 2022 and February 2023"));
    }

    [Test]
    public void Two_incidents_in_two_months_are_one_span()
    {
        const string text = """
            Thematic Child Safeguarding Practice Review: Jay and Rio

            This review looks at the lives of two boys who were stabbed in separate incidents in October 2022 and January 2023.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2022-10/2023-01"));
    }

    [Test]
    public void A_season_is_made_the_day_a_later_sentence_gives_for_the_same_event()
    {
        const string text = """
            Child Safeguarding Practice Review: Amara

            In the summer of 2023 she took an overdose and was admitted to hospital.

            Her phone was returned on 13.06.23. On 02.07.23 she took an overdose of paracetamol at home.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2023-07-02"));
    }

    [Test]
    public void A_season_of_several_deaths_is_not_made_one_person_s_day()
    {
        const string text = """
            Thematic Safeguarding Adults Review

            All three died in the summer of 2021, within ten weeks of each other.

            Aaron died in hospital on 2 August 2021 after he was stabbed.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2021-06/2021-08"));
    }

    [Test]
    public void Taken_to_a_named_hospital_is_the_harm()
    {
        const string text = """
            Safeguarding Adults Review: Kieran

            Kieran is a man in his thirties. On Wednesday 14 June 2023 he was taken to Kelford General Hospital by his sister.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2023-06-14"));
    }

    // Sentences written for these tests in wordings no sample uses, to check the reader generalises
    // rather than knowing the samples' phrases.
    [TestCase("On 9 October 2022 Liam, aged 16, was shot outside a takeaway in Dunmere.", "2022-10-09")]
    [TestCase("Amina collapsed at home on 21/06/2020 and could not be revived.", "2020-06-21")]
    [TestCase("Owen ended his life in the garage of the family home on 2 May 2021.", "2021-05-02")]
    [TestCase("Patrick was strangled by his lodger on Christmas Day 2020.", "2020-12-25")]
    [TestCase("Bethany was attacked by her former partner on March 4th 2021 as she left work.", "2021-03-04")]
    [TestCase("Connor was left with a brain injury after being shaken by his father on 04-03-2021.", "2021-03-04")]
    [TestCase("14/06/2020 Mr P dies at home; paramedics attend.", "2020-06-14")]
    [TestCase("Died: 4 March 2021", "2021-03-04")]
    public void New_wordings_of_the_event_are_read(string sentence, string iso)
    {
        Assert.That(Read("Cover\n\n" + sentence).Incident?.Value.Iso, Is.EqualTo(iso));
    }

    [Test]
    public void An_earlier_assault_in_the_background_is_not_the_death_the_review_is_about()
    {
        const string text = """
            Domestic Homicide Review: Sam

            1.1 Sam first came to the attention of the police in March 2019, when her partner assaulted her in the street.

            1.2 Sam died at her home on 12 November 2021. Her partner was later convicted of her murder.
            """;
        var m = Read(text);
        Assert.That(m.Incident?.Value.Iso, Is.EqualTo("2021-11-12"));
        Assert.That(Evidence(text, m), Is.EqualTo("12 November 2021"));
    }

    [Test]
    public void A_relative_s_death_mentioned_once_gives_way_to_the_harm_the_review_keeps_returning_to()
    {
        const string text = """
            Child Safeguarding Practice Review: Child D

            Child D's father died in June 2018, when Child D was three.

            On 5 May 2021 Child D was found with burns to both hands and was admitted to hospital.

            The review covers the period from 1 June 2019 to 5 May 2021.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2021-05-05"));
    }

    [Test]
    public void An_inquest_or_a_trial_is_not_the_event()
    {
        const string text = """
            Domestic Homicide Review: Jean

            An inquest held in May 2023 recorded that Jean had been unlawfully killed.

            Her son attacked her at home on 14 February 2022 and she died the same evening.
            """;
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2022-02-14"));
    }

    // Session 14: forms reviews use in general that no sample did (the held-out misses were not read).
    [TestCase("Mr Q was found on 11 April 2023 by his carer, unresponsive in his flat.")]
    [TestCase("On the evening of 11 April 2023 Adult P was stabbed by her partner at their home.")]
    [TestCase("In the early hours of 11 April 2023 police were called to the home of Adult P, where she was found with serious injuries.")]
    [TestCase("The fatal incident took place on 11 April 2023, when Child Z was struck by a car.")]
    [TestCase("Adult P's body was discovered at her home on 11 April 2023.")]
    [TestCase("Child Z, aged 15, sustained a fatal stab wound on 11 April 2023 in a park near his home.")]
    [TestCase("Adult P died on or about 11 April 2023; she was found on 14 April 2023.")]
    [TestCase("Mr Q is believed to have died on 11 April 2023. He was found by a neighbour three days later.")]
    public void The_incident_is_read_in_the_ways_reviews_date_it(string sentence)
    {
        var text = $"Safeguarding Adults Review: Adult P\n\n1. Introduction\n\n{sentence} The Board decided on 2 June 2023 to hold a review.";
        Assert.That(Read(text).Incident?.Value.Iso, Is.EqualTo("2023-04-11"));
    }
}
