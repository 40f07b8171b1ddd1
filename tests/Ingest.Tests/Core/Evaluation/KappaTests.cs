using Ingest.Core.Evaluation;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>Cohen's kappa and quadratic-weighted kappa against values worked by hand.</summary>
[TestFixture]
public sealed class KappaTests
{
    [Test]
    public void Kappa_of_a_textbook_table()
    {
        // 50 items: both yes 20, both no 15, yes/no 5, no/yes 10 -> p_o 0.7, p_e 0.5*0.6 + 0.5*0.4 = 0.5, kappa 0.4.
        var pairs = Enumerable.Repeat(("yes", "yes"), 20).Concat(Enumerable.Repeat(("no", "no"), 15))
            .Concat(Enumerable.Repeat(("yes", "no"), 5)).Concat(Enumerable.Repeat(("no", "yes"), 10)).ToList();

        Assert.That(Kappa.Cohen(pairs), Is.EqualTo(0.4).Within(1e-9));
    }

    [Test]
    public void Kappa_is_one_for_full_agreement_and_null_without_pairs()
    {
        Assert.That(Kappa.Cohen([("a", "a"), ("b", "b")]), Is.EqualTo(1.0).Within(1e-9));
        Assert.That(Kappa.Cohen([]), Is.Null);
    }

    [Test]
    public void Weighted_kappa_counts_far_disagreements_more_than_near_ones()
    {
        var near = Kappa.Weighted([(1, 1), (2, 2), (3, 3), (4, 4), (2, 3), (3, 2)], 1, 4);
        var far = Kappa.Weighted([(1, 1), (2, 2), (3, 3), (4, 4), (1, 4), (4, 1)], 1, 4);

        Assert.That(near!.Value, Is.GreaterThan(far!.Value));
        Assert.That(Kappa.Weighted([(1, 1), (4, 4)], 1, 4), Is.EqualTo(1.0).Within(1e-9));
    }

    [Test]
    public void Weighted_kappa_of_a_small_worked_example()
    {
        // Ratings (1,2),(2,2),(3,3),(4,3), weights (i-j)^2/9: observed (1/9 + 1/9)/4 = 1/18;
        // rows .25 each, columns (0, .5, .5, 0): expected .25 * (5/18 + 1/18 + 1/18 + 5/18) = 1/6; kappa = 1 - (1/18)/(1/6) = 2/3.
        Assert.That(Kappa.Weighted([(1, 2), (2, 2), (3, 3), (4, 3)], 1, 4), Is.EqualTo(2.0 / 3).Within(1e-9));
    }
}
