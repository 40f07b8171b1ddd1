using Ingest.Ml.Sections;

namespace Ingest.Tests.Ml.Sections;

public sealed class SectionFeaturesTests
{
    private static ReviewText Review() => new ReviewText()
        .Add("Child Safeguarding Practice Review: Child P", 1, type: "cover")
        .Add("1. Introduction", 1, "This review was commissioned by the partnership.")
        .Add("2. Analysis", 1, "The panel considered the practice of each agency.")
        .Add("2.1 Eastmarch Police", 2, "Officers attended on 4 March 2021 and again on 6 March 2021.")
        .Add("2.2 Housing", 2, "The housing provider should have shared its concerns.");

    [Test]
    public void A_heading_the_rules_do_not_name_takes_its_chapters_type_and_is_marked_as_a_fallback()
    {
        var rows = SectionFeatures.Rows(Review().Text, Review().Sections, "d1");

        Assert.That(rows[3].Heading, Is.EqualTo("Eastmarch Police"));
        Assert.That(rows[3].RuleType, Is.EqualTo("analysis"));
        Assert.That(rows[3].RuleSpecific, Is.False);
        Assert.That(rows[2].RuleType, Is.EqualTo("analysis"));
        Assert.That(rows[2].RuleSpecific, Is.True);
        Assert.That(rows[1].RuleType, Is.EqualTo("introduction"));
        Assert.That(rows[0].RuleType, Is.EqualTo("cover"));
        Assert.That(rows.Select(r => r.Group), Is.All.EqualTo("d1"));
    }

    [Test]
    public void Context_names_the_level_numbering_parent_and_previous_sibling()
    {
        var rows = SectionFeatures.Rows(Review().Text, Review().Sections);
        var housing = rows[4].Context.Split(' ');

        Assert.That(housing, Does.Contain("level2").And.Contain("numbered").And.Contain("parent_analysis").And.Contain("previous_analysis"));
        Assert.That(rows[1].Context.Split(' '), Does.Contain("parent_none").And.Contain("previous_none").And.Contain("level1"));
    }

    [Test]
    public void The_body_gives_its_first_words_and_cues_of_dates_and_recommending()
    {
        var rows = SectionFeatures.Rows(Review().Text, Review().Sections);

        Assert.That(rows[3].Context.Split(' '), Does.Contain("body_dated"));
        Assert.That(rows[4].Context.Split(' '), Does.Contain("body_recommends").And.Not.Contain("body_dated"));
        Assert.That(rows[1].Context.Split(' '), Does.Contain("body_terms"));
        Assert.That(rows[3].Body, Does.StartWith("Officers attended on 4 March 2021"));
    }

    [Test]
    public void A_heading_with_no_body_before_the_next_heading_says_so()
    {
        Assert.That(SectionFeatures.BodyCues(string.Empty), Is.EqualTo(new[] { "body_empty" }));
        Assert.That(SectionFeatures.BodyCues("The panel met four times."), Is.Empty);
    }

    [Test]
    public void Rows_do_not_depend_on_the_types_already_stored()
    {
        var plain = Review();
        var retyped = new ReviewText();
        foreach (var s in plain.Sections)
        {
            retyped.Add(s.Heading!, s.Level, plain.Text[(s.HeadingEnd + 1)..s.End].TrimEnd('\n'), s.Type == "cover" ? "cover" : "findings");
        }

        var a = SectionFeatures.Rows(plain.Text, plain.Sections);
        var b = SectionFeatures.Rows(retyped.Text, retyped.Sections);

        Assert.That(b.Select(r => (r.RuleType, r.Context, r.Body)), Is.EqualTo(a.Select(r => (r.RuleType, r.Context, r.Body))));
    }
}
