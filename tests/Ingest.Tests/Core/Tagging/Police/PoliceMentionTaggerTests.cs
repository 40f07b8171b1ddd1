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

    [Test]
    public void Under_a_heading_that_names_the_police_a_process_is_the_polices_but_a_partnership_needs_the_police_named()
    {
        const string police = "5.3 Amberdale Police\n\nThe incident was not referred to MARAC as a repeat case. No risk assessment was completed.";
        const string text = police + "\n\n5.4 Children's Services\n\nThe incident was not referred to MARAC as a repeat case. No risk assessment was completed.";
        Section[] sections =
        [
            new("5.3 Amberdale Police", "analysis", 2, 0, police.Length, "5.3 Amberdale Police".Length, 1),
            new("5.4 Children's Services", "analysis", 2, police.Length + 2, text.Length, police.Length + 2 + "5.4 Children's Services".Length, 1),
        ];

        var mentions = new PoliceMentionTagger().Tag(global::Ingest.Core.Tagging.TaggingContext.For(text, sections, null));

        Assert.That(mentions.Where(m => m.Text == "risk assessment").Select(m => m.Start < police.Length), Is.EqualTo(new[] { true }), "only the risk assessment under the police heading");
        Assert.That(mentions.Where(m => m.Text == "MARAC"), Is.Empty, "a MARAC with no police named in its sentence is the partnership's (CONTRACT §3)");
    }
}
