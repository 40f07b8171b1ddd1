using Ingest.Core.Evaluation;
using Ingest.Ml.Sections;

namespace Ingest.Tests.Ml.Sections;

public sealed class SectionTrainingRowsTests
{
    [Test]
    public void Headings_take_the_gold_type_of_the_gold_heading_they_match_and_the_rest_are_left_out()
    {
        var review = new ReviewText()
            .Add("1. Introduction", 1, "Why there is a review.")
            .Add("2. What happened", 1, "On 4 March 2021 officers attended.")
            .Add("2.1 Police", 2, "Officers attended.")
            .Add("2.1 Police", 2, "Officers attended again.")
            .Add("Notes", 1, "A note the gold does not list.");
        var gold = new GoldFile
        {
            Id = "s99",
            Sections =
            [
                new GoldSection("1. Introduction", "introduction", 1),
                new GoldSection("2. What  happened", "chronology", 1),
                new GoldSection("2.1 Police", "chronology", 2),
                new GoldSection("2.1 Police", "analysis", 2),
                new GoldSection("3. Not found in the text", "findings", 1),
                new GoldSection(null, "other", 1),
            ],
        };

        var rows = SectionTrainingRows.From(gold, review.Text, review.Sections);

        Assert.That(rows.Select(r => (r.Heading, r.Label)), Is.EqualTo(new[]
        {
            ("Introduction", "introduction"), ("What happened", "chronology"), ("Police", "chronology"), ("Police", "analysis"),
        }));
        Assert.That(rows.Select(r => r.Body), Is.EqualTo(new[] { "Why there is a review.", "On 4 March 2021 officers attended.", "Officers attended.", "Officers attended again." }));
        Assert.That(rows.Select(r => r.Group), Is.All.EqualTo("s99"));
    }
}
