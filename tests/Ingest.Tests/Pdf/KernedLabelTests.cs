namespace Ingest.Tests.Pdf;

/// <summary>
/// Roman-numeral headings and paragraph labels in real samples read as printed: the full stop is
/// kerned under the V, which once split "IV." into "IV ." and reordered "V.1" into "V1.".
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed class KernedLabelTests
{
    [TestCase("s17", "IV. The Family's Voice")]
    [TestCase("s17", "V. Equality Considerations")]
    [TestCase("s17", "V.1 Nadia's deafness is a disability")]
    [TestCase("s22", "IV. THE FAMILY'S CONTRIBUTION")]
    [TestCase("s22", "V. BACKGROUND")]
    [TestCase("s12", "before he harmed Mr V. In that sense")]
    public void Kerned_labels_read_as_printed(string id, string printed)
    {
        var text = Ingest.Core.Evaluation.TextMatching.Normalise(ExtractionGoldenTests.Extract(id).Text);

        Assert.That(text, Does.Contain(Ingest.Core.Evaluation.TextMatching.Normalise(printed)));
    }
}
