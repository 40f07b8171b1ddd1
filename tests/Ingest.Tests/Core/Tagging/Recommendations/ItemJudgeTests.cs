using Ingest.Core.Tagging.Recommendations;

namespace Ingest.Tests.Core.Tagging.Recommendations;

/// <summary>Which table cells read as a recommendation in the imperative, and which as a timescale or a measure.</summary>
public sealed class ItemJudgeTests
{
    [TestCase("Make sure that a DASH completed by a response officer is checked by a supervisor within one working day.")]
    [TestCase("Require a supervisor to record the reason when a DASH is graded standard, and audit such cases every quarter for a year.")]
    [TestCase("Review how call handlers record a second call about the same older person.")]
    [TestCase("Add a prompt to the practice's carer register so that a carer who cannot cope is asked about risk.")]
    [TestCase("Amend the domestic incident form so that every child normally resident at the address is recorded.")]
    public void A_sentence_that_asks_for_a_change_is_imperative_even_with_a_timescale_in_it(string cell) =>
        Assert.That(ItemJudge.IsImperative(cell), Is.True);

    [TestCase("Review in six months")]
    [TestCase("Audit within twelve months")]
    [TestCase("Audit of warrants at residential addresses over six months, reported to the Board.")]
    [TestCase("Review of the protocol by the end of March, with the findings sent to the panel chair.")]
    public void A_timescale_cell_or_a_measure_named_by_a_noun_is_not(string cell) =>
        Assert.That(ItemJudge.IsImperative(cell), Is.False);
}
