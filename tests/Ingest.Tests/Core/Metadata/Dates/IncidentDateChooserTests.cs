using Ingest.Core.Documents;
using Ingest.Core.Metadata.Dates;

namespace Ingest.Tests.Core.Metadata.Dates;

public sealed class IncidentDateChooserTests
{
    private static readonly ReviewDate RulesDate = new("2020-01-02", new DateOnly(2020, 1, 2), new DateOnly(2020, 1, 2));
    private static readonly Evidenced<ReviewDate> Rules = new(RulesDate, 0, 10, 0.6);

    [Test]
    public void Without_weights_the_rules_choose()
    {
        var chooser = new IncidentDateChooser(null);

        Assert.That(chooser.Choose("Ann died on 4 May 2021.", [], Rules, null), Is.SameAs(Rules));
    }

    [Test]
    public void With_weights_the_highest_scoring_mention_is_the_date_and_its_span_the_evidence()
    {
        const string text = "Police were called on 2 January 2020. Ann died on 4 May 2021. The inquest sat on 9 March 2022.";
        var weights = new DateChooserWeights(-4, new Dictionary<string, double> { ["death_word"] = 3, ["event_close"] = 2, ["process_close"] = -3 }, "test");

        var chosen = new IncidentDateChooser(weights).Choose(text, [], Rules, null);

        Assert.That(chosen?.Value.Iso, Is.EqualTo("2021-05-04"));
        Assert.That(text[chosen!.Start..chosen.End], Is.EqualTo("4 May 2021"));
    }

    [Test]
    public void The_start_of_the_review_s_period_is_never_the_incident_whatever_it_scores()
    {
        // A weight that favours the earliest date and a death word in the sentence: the period's start would win.
        const string text = "The review covers the period from 1 January 2022 to the date of Mr W's death. Mr W died in a fire on 12 November 2023.";
        var weights = new DateChooserWeights(-4, new Dictionary<string, double> { ["death_word"] = 3, ["first_mention"] = 5 }, "test");

        var chosen = new IncidentDateChooser(weights).Choose(text, [], null, null);

        Assert.That(chosen?.Value.Iso, Is.EqualTo("2023-11-12"));
    }

    [Test]
    public void A_day_inside_a_span_the_rules_joined_is_one_of_the_deaths_not_a_rival()
    {
        const string text = "1.1 Between April 2022 and February 2023 five people lost their lives. Ann died on 4 May 2022.";
        var span = new ReviewDate("2022-04/2023-02", new DateOnly(2022, 4, 1), new DateOnly(2023, 2, 28));
        var rules = new Evidenced<ReviewDate>(span, text.IndexOf("April", StringComparison.Ordinal), text.IndexOf(" five", StringComparison.Ordinal), 0.6);
        var weights = new DateChooserWeights(-4, new Dictionary<string, double> { ["death_word"] = 3, ["precision_day"] = 3 }, "test");

        Assert.That(new IncidentDateChooser(weights).Choose(text, [], rules, null), Is.SameAs(rules));
    }

    [Test]
    public void A_review_that_mentions_no_date_keeps_the_rules_answer()
    {
        var weights = new DateChooserWeights(0, new Dictionary<string, double>(), "test");

        Assert.That(new IncidentDateChooser(weights).Choose("No dates at all.", [], null, null), Is.Null);
    }
    [Test]
    public void A_day_the_rules_found_inside_the_chosen_month_is_the_same_event_said_exactly()
    {
        // The weights favour the month of the narrative; the rules read the one day of that month from a table cell.
        const string text = "1.1 Mr W died in a fire at his bungalow in November 2023.\n\nChronology\n\n2023-11-12\n\nFire; Mr W found dead";
        var day = new ReviewDate("2023-11-12", new DateOnly(2023, 11, 12), new DateOnly(2023, 11, 12));
        var rules = new Evidenced<ReviewDate>(day, text.IndexOf("2023-11-12", StringComparison.Ordinal), text.IndexOf("2023-11-12", StringComparison.Ordinal) + 10, 0.6);
        var weights = new DateChooserWeights(-4, new Dictionary<string, double> { ["death_word"] = 3, ["precision_month"] = 3 }, "test");

        Assert.That(new IncidentDateChooser(weights).Choose(text, [], rules, null)?.Value.Iso, Is.EqualTo("2023-11-12"));
    }

    [TestCase("Ruth died on or about 3 March 2022; she was found on 6 March 2022.", "2022-03-03")]
    [TestCase("Ruth is believed to have died on 3 March 2022, and was found on 6 March 2022.", "2022-03-03")]
    [TestCase("Ruth's mother died on or about 3 January 2022. Ruth was found dead on 6 March 2022.", "2022-03-06")]
    public void The_death_stated_in_so_many_words_is_the_incident_not_the_day_it_came_to_light(string text, string iso)
    {
        // The weights favour the last day of the sentence of the finding.
        var weights = new DateChooserWeights(-4, new Dictionary<string, double> { ["event_close"] = 3, ["chronological_rank"] = 4 }, "test");

        Assert.That(new IncidentDateChooser(weights).Choose(text, [], null, null)?.Value.Iso, Is.EqualTo(iso));
    }
}
