using Ingest.Core.Documents;
using Ingest.Core.Tagging.Police;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Tagging.Police;

/// <summary>Runs the examples of police.spec.md.</summary>
public sealed class PoliceMentionTaggerTests
{
    public static IEnumerable<TestCaseData> Examples => TaggerSpec.Load("Core/Tagging/Police/police.spec.md");

    [TestCaseSource(nameof(Examples))]
    public void Tags_as_the_spec_says(TaggerSpec.Example example) =>
        TaggerSpec.Check(new PoliceMentionTagger(), example, Labels.PoliceMention);
}
