using System.Text;
using Ingest.Core.Documents;
using Ingest.Core.Export;
using Ingest.Core.Export.Brat;
using Ingest.Core.Storage;
using Ingest.Tests.Support;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Core.Export.Brat;

/// <summary>The brat export read back the way brat reads it: the .txt as code points, each .ann span checked against it.</summary>
[TestFixture]
public sealed class BratExporterTests
{
    // A non-BMP character (two UTF-16 code units, one code point) before the spans, and a span that runs over a line end.
    private const string Text = "Summary 𝒜 for Adult B 😀.\nPC Smith of Wexham\nConstabulary attended. The IMR lacked analysis.\nRecommendation 2: police and health to share DASH results.";

    private string _folder = string.Empty;

    [SetUp]
    public void MakeFolder() => _folder = Path.Combine(Path.GetTempPath(), "ingest-brat-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static StoredDocument Sample() => Make("doc1", Text,
    [
        On(Text, "PC Smith of Wexham\nConstabulary", Labels.PoliceMention, new AnnotationAttributes { Category = "role", Force = "Wexham Constabulary" }),
        On(Text, "Wexham\nConstabulary", Labels.PoliceMention, new AnnotationAttributes { Category = "force", Force = "Wexham Constabulary" }),
        On(Text, "The IMR lacked analysis.", Labels.ImrReference, new AnnotationAttributes { Agency = "police", Critique = true }),
        On(Text, "Recommendation 2: police and health to share DASH results.", Labels.Recommendation, new AnnotationAttributes { Number = "2", Agencies = ["police", "health"] }),
        On(Text, "DASH", Labels.PoliceMention, new AnnotationAttributes { Category = "process" }),
        On(Text, "Adult B 😀", Labels.ProtectedCharacteristic, new AnnotationAttributes { Characteristic = "age" }),
    ]);

    private async Task<(string Txt, string[] Ann, string Conf)> Export(params StoredDocument[] documents)
    {
        var count = await BratExporter.WriteAsync(StoredDocuments.Stream(documents), _folder, ExportFilter.All, CancellationToken.None);
        Assert.That(count, Is.EqualTo(documents.Length));
        var id = documents[0].Id;
        return (await File.ReadAllTextAsync(Path.Combine(_folder, id + ".txt"), Encoding.UTF8),
            (await File.ReadAllTextAsync(Path.Combine(_folder, id + ".ann"), Encoding.UTF8)).Split('\n', StringSplitOptions.RemoveEmptyEntries),
            await File.ReadAllTextAsync(Path.Combine(_folder, "annotation.conf"), Encoding.UTF8));
    }

    [Test]
    public async Task Every_span_text_is_the_txt_slice_counted_in_code_points()
    {
        var (txt, ann, _) = await Export(Sample());
        Assert.That(txt, Is.EqualTo(Text));
        Assert.That(AssertSpansMatch(txt, ann), Is.EqualTo(6));
    }

    /// <summary>Checks every T line against the .txt as brat would slice it; returns how many were checked.</summary>
    internal static int AssertSpansMatch(string txt, IEnumerable<string> ann)
    {
        var runes = CodePointIndex.Runes(txt);
        var spans = ann.Where(l => l.StartsWith('T')).ToList();
        foreach (var line in spans)
        {
            var fields = line.Split('\t');
            var fragments = fields[1].Split(' ', 2)[1].Split(';').Select(f => f.Split(' ').Select(int.Parse).ToArray()).ToList();
            var sliced = string.Join(' ', fragments.Select(f => string.Concat(runes[f[0]..f[1]].Select(r => r.ToString()))));
            Assert.That(fields[2], Is.EqualTo(sliced), line);
            Assert.That(fragments.All(f => f[1] > f[0] && !sliced.Contains('\n', StringComparison.Ordinal)), line);
        }

        return spans.Count;
    }

    [Test]
    public async Task A_span_after_a_non_bmp_character_is_shifted_by_one_per_character()
    {
        var (_, ann, _) = await Export(Sample());
        var dash = ann.Single(l => l.EndsWith("\tDASH", StringComparison.Ordinal));
        var utf16 = Text.IndexOf("DASH", StringComparison.Ordinal);
        Assert.That(dash, Does.Contain($" {utf16 - 2} {utf16 - 2 + 4}\t"), "two astral characters come before DASH");
    }

    [Test]
    public async Task A_span_over_a_line_end_becomes_two_fragments_one_per_line()
    {
        var (_, ann, _) = await Export(Sample());
        var role = ann.Single(l => l.Contains("\tPC Smith", StringComparison.Ordinal));
        var start = CodePointIndex.Count(Text[..Text.IndexOf("PC Smith", StringComparison.Ordinal)]);
        Assert.That(role, Is.EqualTo($"T2\tpolice_mention {start} {start + 18};{start + 19} {start + 31}\tPC Smith of Wexham Constabulary"));
    }

    [Test]
    public async Task Attributes_are_a_lines_declared_in_annotation_conf_and_lists_go_to_notes()
    {
        var (_, ann, conf) = await Export(Sample());
        var ids = ann.Where(l => l.StartsWith('T')).Select(l => l.Split('\t')[0]).ToHashSet();
        var attributes = ann.Where(l => l.StartsWith('A')).Select(l => l.Split('\t')[1].Split(' ')).ToList();
        Assert.That(attributes.Select(a => a[0]), Is.EquivalentTo(new[] { "category", "category", "category", "agency", "critique", "characteristic" }));
        Assert.That(attributes.All(a => ids.Contains(a[1])), "every attribute names a T line");
        var declared = conf.Split('\n').SkipWhile(l => l != "[attributes]").Skip(1).Where(l => l.Length > 0)
            .ToDictionary(l => l.Split('\t')[0], l => l.Split("Value:") is { Length: 2 } v ? v[1].Split('|') : []);
        foreach (var a in attributes.Where(a => a.Length == 3))
        {
            Assert.That(declared[a[0]], Does.Contain(a[2]), $"{a[0]} value {a[2]} is declared");
        }

        Assert.That(conf, Does.Contain("[entities]\ngood_practice\nimr_reference\nmissed_opportunity\npolice_mention\nprotected_characteristic\nrecommendation\n"));
        var notes = ann.Where(l => l.StartsWith('#')).ToList();
        Assert.That(notes.Single(n => n.Contains("agencies", StringComparison.Ordinal)), Does.Contain("number: 2; agencies: police, health"));
        Assert.That(notes.All(n => n.Split('\t')[1].StartsWith("AnnotatorNotes T", StringComparison.Ordinal)));
    }

    [Test]
    public async Task A_span_of_nothing_but_a_line_break_is_left_out_rather_than_written_empty()
    {
        const string text = "One.\nTwo.";
        var doc = Make("doc2", text, [new Annotation("x", Labels.GoodPractice, 4, 5, "\n", AnnotationAttributes.None, "rule", "suggested", 1, "t@1")]);
        var (_, ann, _) = await Export(doc);
        Assert.That(ann, Is.Empty);
    }
}
