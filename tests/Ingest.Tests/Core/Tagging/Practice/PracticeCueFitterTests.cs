using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Practice;

namespace Ingest.Tests.Core.Tagging.Practice;

/// <summary>
/// `ingest fit-cues`: a cue that marks the gold sentences gets the weight, a cue that fires everywhere
/// does not, a caveat stays on its side, and writing the weights back changes nothing but the weights.
/// </summary>
public sealed class PracticeCueFitterTests
{
    private const string Tsv = """
        # a comment the rewrite keeps
        threshold	good_practice	threshold	0.5
        bias	good_practice	bias	-1.0
        cue	good_practice	praise	0.5	\bpraised\b
        cue	good_practice	visit	0.5	\bvisited\b
        cue	good_practice	caveat	-0.5	\bhowever\b
        """;

    private static PracticePhrases Phrases() => PracticePhrases.Parse(new StringReader(Tsv.Replace("        ", string.Empty, StringComparison.Ordinal)));

    private static CueFitDocument Document(int n)
    {
        var praised = $"The officer in case {n} was praised for acting fast.";
        var text = string.Join("\n\n", praised, $"The nurse visited the family at home {n} times.", $"The officer visited the school twice in week {n}.", $"However, the social worker was praised by nobody in case {n}.");
        return new CueFitDocument($"d{n}", TaggingContext.For(text, [], null), [praised]);
    }

    [Test]
    public void The_cue_that_marks_the_gold_sentences_gets_the_weight_and_caveats_stay_negative()
    {
        var fit = PracticeCueFitter.Fit("good_practice", [.. Enumerable.Range(1, 4).Select(Document)], [], Phrases(), 0.3);

        Assert.That(fit.Weights["cue:praise"], Is.GreaterThan(fit.Weights["cue:visit"]));
        Assert.That(fit.Weights["cue:caveat"], Is.LessThanOrEqualTo(0));
        Assert.That(fit.Positives, Is.EqualTo(4));
        Assert.That(fit.LeaveOneOutF1, Is.EqualTo(1.0), "each review's praised sentence is found by weights fitted without it");
    }

    [Test]
    public void Writing_the_fit_back_changes_only_the_weights()
    {
        var fit = PracticeCueFitter.Fit("good_practice", [.. Enumerable.Range(1, 4).Select(Document)], [], Phrases(), 0.3);
        var tsv = Tsv.Replace("        ", string.Empty, StringComparison.Ordinal);

        var rewritten = PracticeCueFitter.Rewrite(tsv, [fit]).Split('\n');

        Assert.That(rewritten[0], Is.EqualTo("# a comment the rewrite keeps"));
        var praise = rewritten.Single(l => l.StartsWith("cue\tgood_practice\tpraise\t", StringComparison.Ordinal)).Split('\t');
        Assert.That(double.Parse(praise[3], System.Globalization.CultureInfo.InvariantCulture), Is.EqualTo(fit.Weights["cue:praise"]));
        Assert.That(praise[4], Is.EqualTo(@"\bpraised\b"));
        Assert.That(rewritten, Has.Length.EqualTo(tsv.Split('\n').Length));
    }
}
