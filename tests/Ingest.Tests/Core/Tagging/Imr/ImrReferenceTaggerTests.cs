using Ingest.Core.Documents;
using Ingest.Core.Tagging.Imr;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Tagging.Imr;

/// <summary>Runs the examples of imr.spec.md.</summary>
public sealed class ImrReferenceTaggerTests
{
    public static IEnumerable<TestCaseData> Examples => TaggerSpec.Load("Core/Tagging/Imr/imr.spec.md");

    [TestCaseSource(nameof(Examples))]
    public void Tags_as_the_spec_says(TaggerSpec.Example example) =>
        TaggerSpec.Check(new ImrReferenceTagger(), example, Labels.ImrReference);
}
