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

    [Test]
    public void A_bare_IMR_is_the_report_of_the_agency_last_named_in_its_section()
    {
        const string first = "Analysis\n\nThe Wealdmarsh Police IMR was thorough. The IMR found no process to review safety when an order ended.";
        const string text = first + "\n\nFindings\n\nThe IMR was discussed by the panel.";
        Section[] sections =
        [
            new("Analysis", "analysis", 1, 0, first.Length, "Analysis".Length, 1),
            new("Findings", "findings", 1, first.Length + 2, text.Length, first.Length + 2 + "Findings".Length, 1),
        ];

        var references = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, sections, null))
            .Where(a => a.Label == Labels.ImrReference).ToList();

        Assert.That(references.Select(a => a.Attributes.Agency), Is.EqualTo(new[] { "police", "police", null }), "the third is in another section, which names no agency");
    }

    [Test]
    public void A_bare_IMR_under_a_heading_that_names_an_agency_is_that_agency_s()
    {
        const string text = "Analysis: Sallowby Adult Social Care\n\nThe IMR shows that the assessment was not reviewed.";
        Section[] sections = [new("Analysis: Sallowby Adult Social Care", "analysis", 1, 0, text.Length, 36, 1)];

        var reference = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, sections, null)).Single(a => a.Label == Labels.ImrReference);

        Assert.That(reference.Attributes.Agency, Is.EqualTo("adult_social_care"));
    }
}
