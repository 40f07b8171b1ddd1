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
    public void Where_every_agency_gave_an_account_the_police_account_is_not_a_short_form()
    {
        var text = "The agencies' accounts were uneven. The Dunmoor Police account was candid and reflective. The GP practice's account was brief. The school's account was a list of dates.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        Assert.That(ImrInventory.From(annotations).PoliceAnalytical, Is.True);
    }

    [Test]
    public void Where_the_review_calls_the_set_reflective_accounts_the_police_account_is_not_a_short_form()
    {
        var text = "Each agency provided a timeline and a short reflective account of its practice. Timelines and accounts came from Dunmoor Police and the GP practice. The reflective accounts were, for the most part, exactly that. The police account was written by an inspector who spoke to the officers.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        Assert.That(ImrInventory.From(annotations).PoliceAnalytical, Is.True);
    }

    [Test]
    public void Without_the_set_called_reflective_a_police_account_alone_is_a_short_form()
    {
        var text = "Timelines and accounts came from Dunmoor Police and the GP practice. The police account was written by an inspector who spoke to the officers.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        Assert.That(ImrInventory.From(annotations).PoliceAnalytical, Is.False);
    }

    [Test]
    public void A_short_account_from_the_police_is_a_short_form_whatever_the_others_gave()
    {
        var text = "The agencies' accounts were uneven. Dunmoor Police provided a short account of two calls. The GP practice's account was brief. The school's account was a list of dates.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        Assert.That(ImrInventory.From(annotations).PoliceAnalytical, Is.False);
    }

    [Test]
    public void A_list_of_contributors_is_the_inventory_even_where_each_agency_was_asked_for_a_timeline()
    {
        var text = "Each agency was asked for a timeline and a report. Reports were received from Hollin Police and the GP practice. "
            + "He had served time in prison. The prison released him early. The prison did not tell anyone.";
        var annotations = new ImrReferenceTagger().Tag(Ingest.Core.Tagging.TaggingContext.For(text, [], null));

        Assert.That(ImrInventory.From(annotations).Agencies, Is.EqualTo(new[] { "health", "police" }));
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
