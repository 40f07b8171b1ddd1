using Ingest.Core.Evaluation;

namespace Ingest.Tests.Core.Evaluation;

/// <summary>The "sentence boundaries" row of eval: gold sentences the splitter cuts exactly where annotators did.</summary>
public class SegmentationEvaluatorTests
{
    private const string Text = "4.1 PC 2 attended at 1430hrs. She spoke to Mr D. The force's policy was followed.\n\n• No DASH was completed";

    [Test]
    public void CountsAGoldSentenceThatIsOneSentenceOfTheSplitterWithOrWithoutItsNumberOrBullet()
    {
        var gold = new[] { "PC 2 attended at 1430hrs.", "She spoke to Mr D.", "No DASH was completed" };

        var score = SegmentationEvaluator.Score(Text, gold, SegmentationEvaluator.Shipped);

        Assert.That((score.Correct, score.Cases), Is.EqualTo((3, 3)));
    }

    [Test]
    public void AGoldSentenceTheSplitterRunsIntoTheNextIsAMissAndSaysWhich()
    {
        var misses = new List<string>();
        // A splitter that never cuts inside a paragraph.
        SegmentationEvaluator.Splitter paragraphs = text => new[] { (0, text.IndexOf("\n\n", StringComparison.Ordinal)) };

        var score = SegmentationEvaluator.Score(Text, new[] { "She spoke to Mr D.", "A sentence the review does not hold." }, paragraphs, misses);

        Assert.That((score.Correct, score.Cases), Is.EqualTo((0, 1)), "a gold sentence missing from the text is not a boundary case");
        Assert.That(misses, Is.EqualTo(new[] { "sentence boundaries: not one sentence: She spoke to Mr D." }));
    }
}
