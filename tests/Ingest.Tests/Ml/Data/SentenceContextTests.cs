using Ingest.Core.Documents;
using Ingest.Core.Text;
using Ingest.Ml.Data;

namespace Ingest.Tests.Ml.Data;

/// <summary>What the sentence models see besides a sentence: its section's type and the sentence before it in its paragraph.</summary>
public sealed class SentenceContextTests
{
    private const string Text =
        "Summary\n\nThe review looked at two years.\n\n4 Analysis\n\n4.1 Officers attended the flat. No referral was made.\n\nIt did not say why.";

    [Test]
    public void Each_sentence_carries_the_type_of_the_innermost_section_it_lies_in()
    {
        var analysis = Text.IndexOf("4 Analysis", StringComparison.Ordinal);
        var sections = new List<Section>
        {
            new("4 Analysis", "analysis", 1, analysis, Text.Length, analysis + 10, 1),
            new("4.1", "findings", 2, Text.IndexOf("4.1", StringComparison.Ordinal), Text.Length, Text.IndexOf("4.1", StringComparison.Ordinal) + 3, 1),
        };

        var rows = Rows(sections);

        Assert.That(Row(rows, "The review looked").Section, Is.EqualTo(SentenceContext.NoSection));
        Assert.That(Row(rows, "No referral was made.").Section, Is.EqualTo("findings"));
    }

    [Test]
    public void The_sentence_before_counts_only_inside_the_same_paragraph()
    {
        var rows = Rows([]);

        Assert.That(Row(rows, "No referral was made.").Previous, Does.Contain("Officers attended the flat."));
        Assert.That(Row(rows, "It did not say why.").Previous, Is.EqualTo(SentenceContext.ParagraphStart));
    }

    private static IReadOnlyList<SentenceRow> Rows(IReadOnlyList<Section> sections) =>
        SentenceContext.Rows(Text, SentenceSplitter.Split(Text), sections, "doc");

    private static SentenceRow Row(IReadOnlyList<SentenceRow> rows, string start) =>
        rows.Single(r => r.Text.Contains(start, StringComparison.Ordinal));
}
