using Ingest.Core.Text;

namespace Ingest.Tests.Core.Text;

/// <summary>
/// The sentence splitter on the forms reviews use (issue 4): abbreviations of ranks and references,
/// section numbers of Acts, numbered paragraphs, list items and table cells, initials and pseudonyms.
/// </summary>
public class SentenceSplitterTests
{
    private static string[] Sentences(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    [TestCase("PC 4 attended with DS Hale. Mother was not at home.", "PC 4 attended with DS Hale.")]
    [TestCase("Dr. Amin saw him twice. He was discharged.", "Dr. Amin saw him twice.")]
    [TestCase("She was removed under s.46 of the Children Act. The grandmother was told.", "She was removed under s.46 of the Children Act.")]
    [TestCase("Officers used s. 136 powers, i.e. a place of safety. The ambulance arrived.", "Officers used s. 136 powers, i.e. a place of safety.")]
    [TestCase("See para. 4.17 for the timeline. The panel agreed.", "See para. 4.17 for the timeline.")]
    [TestCase("Agencies (e.g. Health and Housing) took part. No. 3 was late.", "Agencies (e.g. Health and Housing) took part.")]
    [TestCase("The action is No. 3 in the plan. It was late.", "The action is No. 3 in the plan.")]
    [TestCase("The report was signed by J. Morrow on behalf of the Board. It was published later.", "The report was signed by J. Morrow on behalf of the Board.")]
    [TestCase("The panel met on 3 Apr. 2021 and again in May. Officers attended.", "The panel met on 3 Apr. 2021 and again in May.")]
    [TestCase("B. The welfare check in March 2022", "B. The welfare check in March 2022")]
    [TestCase("Finding B. The police investigation and the enquiry ran side by side. It closed.", "Finding B. The police investigation and the enquiry ran side by side.")]
    public void AnAbbreviationOrAnInitialDoesNotEndTheSentence(string text, string first)
    {
        Assert.That(Sentences(text)[0], Is.EqualTo(first));
    }

    [TestCase("The officers did not speak to Mother away from Mr D. The force's policy required it.", "The officers did not speak to Mother away from Mr D.")]
    [TestCase("No one asked about Child M. Officers recorded the call as a dispute.", "No one asked about Child M.")]
    [TestCase("The housing officer had not met Adult K. She relied on the landlord's account.", "The housing officer had not met Adult K.")]
    [TestCase("Warning notices were served on the men found with S. The notices were not renewed.", "Warning notices were served on the men found with S.")]
    [TestCase("Officers spoke to K. She said that she was safe.", "Officers spoke to K.")]
    [TestCase("The strategy discussion did not include Ms P. Her social worker was on leave.", "The strategy discussion did not include Ms P.")]
    [TestCase("She was asked about abuse and said no. The hospital team was not told.", "She was asked about abuse and said no.")]
    [TestCase("The timeline is summarised in Appendix B. A learning event followed.", "The timeline is summarised in Appendix B.")]
    [TestCase("The review followed the Welsh model for a concise APR. Each agency gave a timeline.", "The review followed the Welsh model for a concise APR.")]
    public void APseudonymOrAReferenceLetterOrAnAcronymEndsTheSentenceWhereOneEnds(string text, string first)
    {
        Assert.That(Sentences(text), Has.Length.EqualTo(2));
        Assert.That(Sentences(text)[0], Is.EqualTo(first));
    }

    [Test]
    public void ANumberedParagraphKeepsItsNumberWithItsFirstSentence()
    {
        var sentences = Sentences("4.17 The officer attended at 1430hrs. He spoke to the neighbour.");

        Assert.That(sentences, Is.EqualTo(new[] { "4.17 The officer attended at 1430hrs.", "He spoke to the neighbour." }));
    }

    [Test]
    public void ListItemsAndTableCellsAreSentencesOfTheirOwnEvenWithoutAFullStop()
    {
        var sentences = Sentences("The panel found:\n\n• no DASH was completed\n\n• the PPN was not shared\n\nLead agency\n\nEastmarch Police");

        Assert.That(sentences, Is.EqualTo(new[] { "The panel found:", "• no DASH was completed", "• the PPN was not shared", "Lead agency", "Eastmarch Police" }));
    }

    [Test]
    public void QuotedSpeechAndQuestionsEndWhereTheyClose()
    {
        var sentences = Sentences("She said she was \"fine\". Could the risk have been known? The panel thinks so.");

        Assert.That(sentences, Is.EqualTo(new[] { "She said she was \"fine\".", "Could the risk have been known?", "The panel thinks so." }));
    }

    [Test]
    public void EverySentenceSpanPointsIntoTheText()
    {
        const string text = "  1.2 The Board met.  Mr R. was not told.\n\nOn 4 May 2021 PC 2 attended.  ";

        foreach (var s in SentenceSplitter.Split(text))
        {
            Assert.That(text[s.Start..s.End], Is.EqualTo(text[s.Start..s.End].Trim()));
        }

        Assert.That(Sentences(text), Is.EqualTo(new[] { "1.2 The Board met.", "Mr R. was not told.", "On 4 May 2021 PC 2 attended." }));
    }
}
