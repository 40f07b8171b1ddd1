using Ingest.Core.Documents;
using Ingest.Core.Export;
using Ingest.Core.Export.WebAnno;
using Ingest.Tests.Support;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Core.Export.WebAnno;

/// <summary>The WebAnno TSV 3.3 export read back with a reader written from the specification.</summary>
[TestFixture]
public sealed class WebAnnoTsvWriterTests
{
    private const string Text = "4.1 PC Smith of Wexham Constabulary attended.\nThe officers did not\ncomplete a DASH risk assessment.\n\nA path C:\\cases\\x_1 [sic] -> noted.";

    private static readonly Annotation[] Annotations =
    [
        On(Text, "PC Smith of Wexham Constabulary", Labels.PoliceMention, new AnnotationAttributes { Category = "role", Force = "Wexham Constabulary" }),
        On(Text, "Wexham Constabulary", Labels.PoliceMention, new AnnotationAttributes { Category = "force", Force = "Wexham Constabulary" }),
        On(Text, "The officers did not\ncomplete a DASH risk assessment.", Labels.MissedOpportunity, new AnnotationAttributes { Agency = "police" }),
        On(Text, "officer", Labels.PoliceMention, new AnnotationAttributes { Category = "role" }),
        On(Text, "DASH risk assessment", Labels.PoliceMention, new AnnotationAttributes { Category = "process" }),
        On(Text, "attended", Labels.GoodPractice, new AnnotationAttributes { Agency = "a|b_c*[d]->e;f\\g" }),
    ];

    private static (string Tsv, TsvReader Read) Export(string text, IEnumerable<Annotation> annotations)
    {
        using var output = new StringWriter();
        Assert.That(WebAnnoTsvWriter.Write(output, text, annotations), Is.True);
        var tsv = output.ToString();
        return (tsv, TsvReader.Parse(tsv));
    }

    [Test]
    public void The_header_declares_the_format_and_one_span_layer_with_every_feature()
    {
        var (tsv, read) = Export(Text, Annotations);
        Assert.That(read.Header, Is.EqualTo(new[]
        {
            "#FORMAT=WebAnno TSV 3.3",
            "#T_SP=webanno.custom.Ingest|label|category|force|agency|critique|number|agencies|characteristic|status|source|annotation_id",
        }));
        Assert.That(tsv, Does.StartWith(read.Header[0] + "\n" + read.Header[1] + "\n\n\n#Text=4.1 PC Smith"));
    }

    [Test]
    public void Tokens_are_numbered_per_sentence_with_offsets_into_the_document_text()
    {
        var (_, read) = Export(Text, Annotations);
        Assert.That(read.Sentences, Has.Count.EqualTo(3));
        for (var s = 0; s < read.Sentences.Count; s++)
        {
            var (sentenceText, tokens) = read.Sentences[s];
            Assert.That(tokens.Select(t => t.Sentence), Is.All.EqualTo(s + 1));
            Assert.That(tokens.Select(t => t.Number), Is.EqualTo(Enumerable.Range(1, tokens.Count)));
            Assert.That(tokens.All(t => Text[t.Begin..t.End] == t.Form), "every form is its offsets' slice");
            Assert.That(tokens.All(t => t.Columns.Length == WebAnnoTsvWriter.Features.Count));
            Assert.That(sentenceText, Is.EqualTo(Text[tokens[0].Begin..tokens[^1].End]), "#Text is the sentence from its first token to its last");
        }
    }

    [Test]
    public void A_sentence_over_a_line_break_gets_one_text_line_per_line()
    {
        var (tsv, _) = Export(Text, Annotations);
        Assert.That(tsv, Does.Contain("\n#Text=The officers did not\n#Text=complete a DASH risk assessment.\n2-1\t"));
    }

    [Test]
    public void Stacked_and_multi_token_annotations_come_back_as_the_same_spans()
    {
        var (tsv, read) = Export(Text, Annotations);
        var back = read.Spans().Select(s => (s.Begin, s.End, Label: s.Values[0], Category: s.Values[1])).OrderBy(s => s.Begin).ThenBy(s => s.End).ToList();
        var expected = Annotations.Select(a => (Begin: a.Start, End: a.End, Label: a.Label, Category: a.Attributes.Category ?? string.Empty)).OrderBy(s => s.Begin).ThenBy(s => s.End).ToList();
        Assert.That(back, Is.EqualTo(expected));
        Assert.That(tsv, Does.Contain("\tWexham\tpolice\\_mention[1]|police\\_mention[2]\trole[1]|force[2]\t"), "two mentions stacked on one token, each with its id");
        Assert.That(tsv, Does.Contain("\tofficer\tmissed\\_opportunity[3]|police\\_mention[4]\t"), "a mention inside a missed opportunity, cut at the word's inner boundary");
    }

    [Test]
    public void Reserved_characters_are_escaped_in_values_and_text()
    {
        var (tsv, read) = Export(Text, Annotations);
        Assert.That(tsv, Does.Contain("\ta\\|b\\_c\\*\\[d\\]\\->e\\;f\\\\g\t"), "the agency value with every reserved character");
        Assert.That(tsv, Does.Contain("#Text=A path C:\\\\cases\\\\x_1 [sic] -> noted."), "text escapes only the backslash (and control characters)");
        var odd = read.Spans().Single(s => s.Values[0] == "good_practice");
        Assert.That(odd.Values[3], Is.EqualTo("a|b_c*[d]->e;f\\g"));
        Assert.That(read.Sentences[2].Text, Is.EqualTo("A path C:\\cases\\x_1 [sic] -> noted."));
    }

    [Test]
    public void A_document_without_text_is_not_written()
    {
        using var output = new StringWriter();
        Assert.That(WebAnnoTsvWriter.Write(output, "  \n ", []), Is.False);
        Assert.That(output.ToString(), Is.Empty);
    }

    [Test]
    public async Task The_exporter_writes_one_tsv_per_document_and_counts_those_without_text()
    {
        var folder = Path.Combine(Path.GetTempPath(), "ingest-webanno-" + Guid.NewGuid().ToString("N"));
        try
        {
            var count = await WebAnnoExporter.WriteAsync(Stream(Make("a1", Text, Annotations), Make("b2", string.Empty, [])), folder, ExportFilter.All, CancellationToken.None);
            Assert.That(count, Is.EqualTo(new ExportCount(1, 1)));
            Assert.That(Directory.GetFiles(folder).Select(Path.GetFileName), Is.EqualTo(new[] { "a1.tsv" }));
            Assert.That(TsvReader.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "a1.tsv"))).Spans(), Has.Count.EqualTo(Annotations.Length));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
