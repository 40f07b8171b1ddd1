using Ingest.Core.Metadata.Dates;

namespace Ingest.Tests.Core.Metadata.Dates;

public sealed class DateChooserWeightsTests
{
    [Test]
    public void Weights_written_read_back_the_same()
    {
        var weights = new DateChooserWeights(-3.25, new Dictionary<string, double> { ["death_word"] = 1.5, ["process_close"] = -2 }, "x");

        var read = DateChooserWeights.Parse(weights.Write(["a header"]));

        Assert.That(read.Bias, Is.EqualTo(-3.25));
        Assert.That(read.Weights["death_word"], Is.EqualTo(1.5));
        Assert.That(read.Weights["process_close"], Is.EqualTo(-2));
        Assert.That(read.Weights["event_word"], Is.EqualTo(0));
        Assert.That(read.Provenance, Is.EqualTo("a header"));
    }

    [Test]
    public void A_name_that_is_no_feature_or_a_missing_bias_is_an_error_that_says_where()
    {
        Assert.That(() => DateChooserWeights.Parse("bias\t1\nnot_a_feature\t2\n"), Throws.TypeOf<FormatException>().With.Message.Contains("line 2").And.Message.Contains("not_a_feature"));
        Assert.That(() => DateChooserWeights.Parse("death_word\tx\n"), Throws.TypeOf<FormatException>().With.Message.Contains("line 1"));
        Assert.That(() => DateChooserWeights.Parse("death_word\t1\n"), Throws.TypeOf<FormatException>().With.Message.Contains("bias"));
    }

    [Test]
    public void The_shipped_weights_are_embedded_and_weigh_a_death_beside_its_date_over_a_process_beside_it()
    {
        var shipped = DateChooserWeights.Embedded;

        Assert.That(shipped, Is.Not.Null);
        Assert.That(shipped!.Provenance, Does.Contain("fit-dates"));
        Assert.That(shipped.Weights["event_close"], Is.GreaterThan(shipped.Weights["process_close"]));
    }
}
