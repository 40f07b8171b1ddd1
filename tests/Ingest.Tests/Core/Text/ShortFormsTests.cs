using Ingest.Core.Text;

namespace Ingest.Tests.Core.Text;

/// <summary>A cell that lists short forms, as glossaries and "To whom" columns write them, against headings and names.</summary>
[TestFixture]
public sealed class ShortFormsTests
{
    [TestCase("DVPN / DVPO")]
    [TestCase("SMPFT, BC, SHA")]
    [TestCase("KCSP, KC, KDAS and ICB")]
    [TestCase("KCSP to HO")]
    [TestCase("KC with A&E")]
    public void A_list_of_short_forms_is_a_list(string cell) => Assert.That(ShortForms.IsList(cell), Is.True);

    [TestCase("TERMS OF REFERENCE")]
    [TestCase("AIMS AND SCOPE")]
    [TestCase("DASH")]
    [TestCase("Kesterfield Constabulary")]
    [TestCase("KC and Harlowmere Police")]
    public void Headings_names_and_a_lone_short_form_are_not(string text) => Assert.That(ShortForms.IsList(text), Is.False);
}
