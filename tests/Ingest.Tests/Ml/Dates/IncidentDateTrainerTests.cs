using Ingest.Core.Documents;
using Ingest.Core.Metadata.Dates;
using Ingest.Ml.Dates;

namespace Ingest.Tests.Ml.Dates;

public sealed class IncidentDateTrainerTests
{
    // Short reviews in the ways reviews date things: the event among earlier contacts and the process after it.
    private static readonly (string Id, string Text, string Gold)[] Reviews =
    [
        ("r1", "In March 2019 Ann moved to the town. Ann died on 4 May 2021 after a fall at home. The Board commissioned this review on 1 July 2021. The inquest was held on 9 March 2022.", "2021-05-04"),
        ("r2", "Police attended on 2 January 2020 after a report of shouting. On 17 August 2020 Ben was fatally stabbed by his partner. The Partnership was notified on 20 August 2020 and the panel met on 3 November 2020.", "2020-08-17"),
        ("r3", "Carol was admitted to hospital on 11 June 2018. She was found dead in her flat on 26 February 2022. The decision to commission a review was taken on 14 April 2022. The trial concluded on 1 December 2022.", "2022-02-26"),
        ("r4", "Dan was known to services from October 2017. The incident occurred on 30 September 2021 when Dan was assaulted in the street and later died of his injuries. The review was published on 2 June 2023.", "2021-09-30"),
        ("r5", "Eve first disclosed abuse to her GP in July 2016. Eve was killed by her husband on 8 December 2019. The Community Safety Partnership commissioned the review in January 2020; the coroner's inquest sat on 12 October 2020.", "2019-12-08"),
        ("r6", "Frank's mother contacted the council on 5 April 2020. On 21 November 2021 Frank took his own life. A referral to the Board was made on 1 December 2021 and agreed on 15 January 2022.", "2021-11-21"),
    ];

    private static DateDocument Document(string id, string text, string? gold) =>
        new(id, IncidentDateFeatures.Candidates(new DateContext(text, [], null, null)), gold, null);

    private static List<DateDocument> Documents() => Reviews.Select(r => Document(r.Id, r.Text, r.Gold)).ToList();

    [Test]
    public void Training_is_seeded_and_repeatable()
    {
        var first = IncidentDateTrainer.Fit(Documents(), 7);
        var second = IncidentDateTrainer.Fit(Documents(), 7);

        Assert.That(second.Bias, Is.EqualTo(first.Bias));
        Assert.That(second.Weights, Is.EqualTo(first.Weights));
        Assert.That(first.Weights["death_word"], Is.GreaterThan(0), "a date beside a word of death is the event more often than not");
    }

    [Test]
    public void The_learnt_chooser_takes_the_event_of_a_new_review_not_its_history_or_its_process()
    {
        var weights = IncidentDateTrainer.Fit(Documents(), 7);
        const string text = "Grace had contact with the mental health team in May 2018. On 3 March 2022 Grace died in hospital after she was attacked at her home. "
            + "The Safeguarding Adults Board agreed on 27 April 2022 that the criteria were met, and the inquest was opened on 14 July 2022.";

        var chosen = IncidentDateChooser.Best(IncidentDateFeatures.Candidates(new DateContext(text, [], null, null)), weights);

        Assert.That(chosen?.Candidate.Date.Iso, Is.EqualTo("2022-03-03"));
    }

    [Test]
    public void Cross_validation_leaves_whole_reviews_out_and_counts_only_reviews_with_a_gold_date()
    {
        var documents = Documents().Append(Document("r7", "Nothing dated here but 1 May 2020 when the panel met.", null)).ToList();

        var result = IncidentDateTrainer.CrossValidate(documents, 7, documents.Count);

        Assert.That(result.Scored, Is.EqualTo(6));
        Assert.That(result.Right, Is.GreaterThanOrEqualTo(5), string.Join("; ", result.Misses));
    }

    [Test]
    public void Reviews_without_any_gold_candidate_cannot_train_a_chooser()
    {
        Assert.That(() => IncidentDateTrainer.Fit([Document("x", "Ann died on 4 May 2021.", "2000-01-01")], 7), Throws.InvalidOperationException.With.Message.Contains("gold date"));
    }
}
