using Ingest.Core.Documents;
using Ingest.Core.Tagging;
using Ingest.Core.Tagging.Protected;

namespace Ingest.Tests.Core.Tagging.Protected;

/// <summary>
/// A person's age or ethnic origin stated where the review introduces them records it (sessions 25 and 26: the later
/// tuned writers and the rubric's "recorded"); the same words in the analysis, and other descriptors in the
/// introduction, record nothing.
/// </summary>
public sealed class IntroducedPersonTests
{
    [TestCase("2. Background", "background", "Ms L was 31 when Child T died.", "was 31")]
    [TestCase("1. Introduction", "introduction", "This review is about George, a man of 67 who died in a fire at his home in February 2023.", "of 67")]
    [TestCase("Summary", "executive_summary", "Kieran, a boy of sixteen, was stabbed on the night of 3/4 August 2023.", "of sixteen")]
    public void An_age_stated_where_the_review_introduces_the_person_is_recorded(string heading, string type, string sentence, string age)
    {
        var found = Tag(heading, type, sentence);

        Assert.That(found.Select(a => (a.Text, a.Attributes.Characteristic)), Is.EqualTo(new[] { (age, "age") }));
    }

    [TestCase("2. Background", "background", "Danny was a white British man who grew up in Ravensby.", "white British")]
    [TestCase("Introduction", "introduction", "Mr P was White British and was born and grew up in Wexley.", "White British")]
    [TestCase("2. Background", "background", "The family are of Pakistani heritage and speak Urdu at home.", "Pakistani heritage")]
    public void An_ethnic_origin_stated_where_the_review_introduces_the_person_is_recorded(string heading, string type, string sentence, string origin)
    {
        var found = Tag(heading, type, sentence);

        Assert.That(found.Select(a => (a.Text, a.Attributes.Characteristic)), Is.EqualTo(new[] { (origin, "race") }));
    }

    [Test]
    public void An_origin_that_is_no_person_s_records_nothing()
    {
        Assert.That(Tag("1. Introduction", "introduction", "The Welsh Government funds the service, and an English translation was provided."), Is.Empty);
    }

    [Test]
    public void The_same_sentence_in_the_analysis_records_nothing()
    {
        Assert.That(Tag("6. Analysis", "analysis", "Ms L is white Welsh and was 31 when Child T died."), Is.Empty);
    }

    [Test]
    public void An_age_in_a_sentence_that_dismisses_the_characteristics_is_not_recorded()
    {
        Assert.That(Tag("1. Introduction", "introduction", "No information was recorded about her religion, although she was 31 when she died, and it was not explored."), Is.Empty);
    }

    [Test]
    public void A_share_or_a_sum_is_no_age()
    {
        Assert.That(Tag("1. Introduction", "introduction", "The force received calls from a woman of forty per cent of the addresses, the team was 12 staff short and the wait was 2 years long."), Is.Empty);
    }

    private static IReadOnlyList<Annotation> Tag(string heading, string type, string sentence)
    {
        var text = $"{heading}\n\n{sentence}";
        var sections = new List<Section> { new(heading, type, 1, 0, text.Length, heading.Length, 1) };
        return new ProtectedCharacteristicTagger().Tag(TaggingContext.For(text, sections, null));
    }
}
