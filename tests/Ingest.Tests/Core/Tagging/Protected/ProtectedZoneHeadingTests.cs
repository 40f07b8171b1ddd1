using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Protected;

namespace Ingest.Tests.Core.Tagging.Protected;

/// <summary>An analysis section headed for identity, ethnicity or race is the review's equality analysis under another name.</summary>
public sealed class ProtectedZoneHeadingTests
{
    private const string Body = "Ellis was a young man of mixed White British and Black Caribbean heritage.";

    [TestCase("7.5 Identity and difference")]
    [TestCase("Learning point 3: Kai's ethnicity and his ADHD")]
    [TestCase("6.5 Race, age and adultification")]
    public void A_section_headed_for_identity_ethnicity_or_race_records_what_it_names(string heading)
    {
        var found = Tag(heading, "analysis");

        Assert.That(found.Select(a => a.Attributes.Characteristic).Distinct(), Is.EquivalentTo(new[] { "sex", "race" }));
    }

    [Test]
    public void The_same_sentence_under_another_heading_is_a_bare_mention()
    {
        Assert.That(Tag("4. Background", "background"), Is.Empty);
    }

    private static IReadOnlyList<Annotation> Tag(string heading, string type)
    {
        var text = $"{heading}\n\n{Body}";
        var sections = new List<Section> { new(heading, type, 1, 0, text.Length, heading.Length, 1) };
        return new ProtectedCharacteristicTagger().Tag(TaggingContext.For(text, sections, null));
    }
}
