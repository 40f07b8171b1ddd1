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
        TaggerSpec.Check(new ImrReferenceTagger(), example, Labels.ImrReference, Labels.ImrContributor);

    [Test]
    public void The_inventory_lists_each_contributing_agency_once_and_judges_the_police_report()
    {
        var text = "IMRs were received from Westbrook Police and the GP practice. The police IMR was largely descriptive and listed events without analysis. The GP IMR was thorough.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        var inventory = ImrInventory.From(annotations);

        Assert.That(inventory.Agencies, Is.EqualTo(new[] { "health", "police" }));
        Assert.That(inventory.PoliceAnalytical, Is.False);
        Assert.That(inventory.Evidence, Is.Not.Empty);
    }

    [Test]
    public void Without_a_police_report_the_inventory_says_nothing_about_its_analysis()
    {
        var text = "Marshfield Constabulary was unable to provide an IMR. The IMR from Children's Social Care was candid.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        var inventory = ImrInventory.From(annotations);

        Assert.That(inventory.Agencies, Is.EqualTo(new[] { "childrens_social_care" }));
        Assert.That(inventory.PoliceAnalytical, Is.Null);
    }
}
