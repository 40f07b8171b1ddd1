using System.Text.Json;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Export;
using Ingest.Core.Export.Brat;
using Ingest.Core.Export.WebAnno;
using Ingest.Tests.Core.Export.WebAnno;
using Ingest.Tests.Core.Export.Brat;
using Ingest.Tests.Core.Export.Import;
using Ingest.Core.Metadata;
using Ingest.Core.Pipeline;
using Ingest.Core.Sections;
using Ingest.Core.Tagging;
using Ingest.Pdf;
using Ingest.Storage;
using Ingest.Storage.Sqlite;
using Ingest.Tests.Support;

namespace Ingest.Tests.Core.Export;

/// <summary>The exports of three samples run through the whole pipeline into a real store (<see cref="SampleStore"/>).</summary>
[TestFixture]
public sealed class ExportTests
{
    private string _folder = string.Empty;
    private SqliteDocumentStore? _store;

    [OneTimeSetUp]
    public async Task OpenTheSampleStore()
    {
        _folder = Path.Combine(Path.GetTempPath(), "ingest-export-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        _store = await SampleStore.GetAsync();
    }

    [OneTimeTearDown]
    public void CleanUp() => Directory.Delete(_folder, recursive: true);

    private async Task<List<JsonElement>> JsonlLines(ExportFilter filter)
    {
        using var buffer = new MemoryStream();
        await JsonlExporter.WriteAsync(_store!.ListAsync(true, CancellationToken.None), buffer, filter, CancellationToken.None);
        var text = System.Text.Encoding.UTF8.GetString(buffer.ToArray());
        Assert.That(text, Does.EndWith("\n").And.Not.Contain("\r"));
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    [Test]
    public async Task One_line_per_document_ordered_by_id_with_every_contract_field()
    {
        var lines = await JsonlLines(ExportFilter.All);
        Assert.That(lines, Has.Count.EqualTo(3));
        var ids = lines.Select(l => l.GetProperty("id").GetString()!).ToList();
        Assert.That(ids, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
        foreach (var field in new[] { "id", "file", "source", "status", "error", "metadata", "text", "pages", "sections", "annotations", "rating", "screening" })
        {
            Assert.That(lines.All(l => l.TryGetProperty(field, out _)), field);
        }

        var s04 = lines.Single(l => l.GetProperty("file").GetString() == "s04.pdf");
        Assert.That(s04.GetProperty("metadata").GetProperty("review_type")[0].GetString(), Is.EqualTo("DHR"));
        Assert.That(s04.GetProperty("status").GetString(), Is.EqualTo("ingested"));
    }

    [Test]
    public async Task Every_annotation_text_is_its_span_of_the_text_and_annotations_are_ordered()
    {
        foreach (var line in await JsonlLines(ExportFilter.All))
        {
            var text = line.GetProperty("text").GetString()!;
            var annotations = line.GetProperty("annotations").EnumerateArray().ToList();
            Assert.That(annotations, Is.Not.Empty);
            var keys = annotations.Select(a => (a.GetProperty("start").GetInt32(), a.GetProperty("end").GetInt32(), a.GetProperty("label").GetString()!)).ToList();
            Assert.That(keys, Is.EqualTo(keys.OrderBy(k => k.Item1).ThenBy(k => k.Item2).ThenBy(k => k.Item3, StringComparer.Ordinal).ToList()));
            foreach (var a in annotations)
            {
                var (start, end) = (a.GetProperty("start").GetInt32(), a.GetProperty("end").GetInt32());
                Assert.That(a.GetProperty("text").GetString(), Is.EqualTo(text[start..end]));
            }
        }
    }

    [Test]
    public async Task Filters_keep_only_the_asked_review_type_and_annotation_status()
    {
        Assert.That((await JsonlLines(new ExportFilter("all", ["SAR"]))).Select(l => l.GetProperty("file").GetString()), Is.EqualTo(new[] { "s09.pdf" }));
        var confirmed = await JsonlLines(new ExportFilter("confirmed", []));
        Assert.That(confirmed.Sum(l => l.GetProperty("annotations").GetArrayLength()), Is.Zero, "nothing is confirmed until an analyst confirms it");
    }

    [Test]
    public async Task Csv_has_one_row_per_annotation_with_quoted_text()
    {
        var path = Path.Combine(_folder, "csv", "annotations.csv");
        await CsvExporter.WriteAsync(_store!.ListAsync(true, CancellationToken.None), path, ExportFilter.All, CancellationToken.None);
        var expected = 0;
        await foreach (var d in _store.ListAsync(true, CancellationToken.None))
        {
            expected += d.Annotations.Count;
        }

        var rows = CountCsvRows(await File.ReadAllTextAsync(path));
        Assert.That(rows, Is.EqualTo(expected + 1), "a header and one row per annotation");
        Assert.That(File.Exists(Path.Combine(_folder, "csv", "recommendations.csv")));
    }

    [Test]
    public async Task Brat_spans_of_the_samples_match_their_txt_files()
    {
        var folder = Path.Combine(_folder, "brat");
        var written = await BratExporter.WriteAsync(_store!.ListAsync(true, CancellationToken.None), folder, ExportFilter.All, CancellationToken.None);
        Assert.That(written, Is.EqualTo(3));
        var checkedSpans = 0;
        foreach (var txt in Directory.GetFiles(folder, "*.txt"))
        {
            var ann = await File.ReadAllLinesAsync(Path.ChangeExtension(txt, ".ann"));
            checkedSpans += BratExporterTests.AssertSpansMatch(await File.ReadAllTextAsync(txt), ann);
        }

        Assert.That(checkedSpans, Is.GreaterThan(50), "the three samples carry many annotations");
        Assert.That(File.Exists(Path.Combine(folder, "annotation.conf")));
    }

    [Test]
    public async Task WebAnno_tokens_of_the_samples_are_slices_of_the_text_and_every_annotation_comes_back()
    {
        var folder = Path.Combine(_folder, "webanno");
        var written = await WebAnnoExporter.WriteAsync(_store!.ListAsync(true, CancellationToken.None), folder, ExportFilter.All, CancellationToken.None);
        Assert.That(written, Is.EqualTo(new ExportCount(3, 0)));
        await foreach (var d in _store.ListAsync(true, CancellationToken.None))
        {
            var text = d.Extracted!.Text;
            var read = TsvReader.Parse(await File.ReadAllTextAsync(Path.Combine(folder, d.Id + ".tsv")));
            var tokens = read.Sentences.SelectMany(s => s.Tokens).ToList();
            Assert.That(tokens.All(t => text[t.Begin..t.End] == t.Form), d.FileName);
            Assert.That(tokens.Select(t => t.Begin), Is.Ordered, "tokens follow the text");
            var expected = d.Annotations.Select(a => (a.Id, Trim(text, a.Start, a.End))).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
            var back = read.Spans().Select(s => (s.Values[^1], (s.Begin, s.End))).OrderBy(a => a.Item1, StringComparer.Ordinal).ToList();
            Assert.That(back, Is.EqualTo(expected), $"{d.FileName}: every annotation, by its id, over the same words");
        }
    }

    [Test]
    public async Task The_samples_exported_imported_into_an_empty_store_and_exported_again_give_the_same_bytes()
    {
        var first = await JsonlImporterTests.Jsonl(_store!.ListAsync(true, CancellationToken.None));
        await using var copy = new SqliteDocumentStore(Path.Combine(_folder, "imported.db"), TimeProvider.System);
        await copy.MigrateAsync(CancellationToken.None);
        var summary = await JsonlImporterTests.Import(copy, first);
        Assert.That((summary.Imported, summary.Problems.Count), Is.EqualTo((3, 0)));
        Assert.That(await JsonlImporterTests.Jsonl(copy.ListAsync(true, CancellationToken.None)), Is.EqualTo(first));
    }

    [TestCase("jsonl")]
    [TestCase("csv")]
    [TestCase("brat")]
    [TestCase("webanno")]
    public async Task The_same_store_exports_to_the_same_bytes(string format)
    {
        var first = await ExportFiles(format, "first-" + format);
        var second = await ExportFiles(format, "second-" + format);
        Assert.That(first.Keys, Is.EqualTo(second.Keys));
        Assert.That(first.Keys, Is.Not.Empty);
        foreach (var name in first.Keys)
        {
            Assert.That(second[name], Is.EqualTo(first[name]), name);
        }
    }

    private async Task<SortedDictionary<string, byte[]>> ExportFiles(string format, string name)
    {
        var folder = Path.Combine(_folder, name);
        var documents = _store!.ListAsync(true, CancellationToken.None);
        switch (format)
        {
            case "jsonl":
                Directory.CreateDirectory(folder);
                await using (var stream = File.Create(Path.Combine(folder, "corpus.jsonl")))
                {
                    await JsonlExporter.WriteAsync(documents, stream, ExportFilter.All, CancellationToken.None);
                }

                break;
            case "csv":
                await CsvExporter.WriteAsync(documents, Path.Combine(folder, "annotations.csv"), ExportFilter.All, CancellationToken.None);
                break;
            case "brat":
                await BratExporter.WriteAsync(documents, folder, ExportFilter.All, CancellationToken.None);
                break;
            default:
                await WebAnnoExporter.WriteAsync(documents, folder, ExportFilter.All, CancellationToken.None);
                break;
        }

        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder))
        {
            files[Path.GetFileName(file)] = await File.ReadAllBytesAsync(file);
        }

        return files;
    }

    /// <summary>A span without the white space at its edges (tokens never hold white space).</summary>
    private static (int, int) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return (start, end);
    }

    [Test]
    public async Task Every_document_carries_its_rating_with_nine_criteria_and_its_screening()
    {
        foreach (var line in await JsonlLines(ExportFilter.All))
        {
            var rating = line.GetProperty("rating");
            Assert.That(rating.GetProperty("suggested").GetInt32(), Is.InRange(1, 4));
            Assert.That(rating.GetProperty("confidence").GetDouble(), Is.InRange(0.0, 1.0));
            Assert.That(rating.GetProperty("criteria").EnumerateObject().Select(p => p.Name), Is.EqualTo(RatingCriteria.All));
            Assert.That(rating.GetProperty("criteria").EnumerateObject().Select(p => p.Value.GetInt32()), Has.All.InRange(1, 4));
            Assert.That(rating.GetProperty("confirmed").ValueKind, Is.EqualTo(JsonValueKind.Null), "not confirmed until an analyst does");
            Assert.That(rating.GetProperty("criteria_evidence").GetProperty("timeliness").GetProperty("explanation").GetString(), Is.Not.Empty);
            var screening = line.GetProperty("screening");
            Assert.That(screening.GetProperty("police_engagement").GetBoolean(), Is.True, "all three samples are about police contact");
            Assert.That(screening.GetProperty("confirmed").ValueKind, Is.EqualTo(JsonValueKind.Null));
        }
    }

    [Test]
    public async Task Ratings_csv_has_one_row_per_rated_document_with_the_nine_criteria()
    {
        var path = Path.Combine(_folder, "csv-ratings", "annotations.csv");
        await CsvExporter.WriteAsync(_store!.ListAsync(true, CancellationToken.None), path, ExportFilter.All, CancellationToken.None);

        var lines = (await File.ReadAllLinesAsync(Path.Combine(_folder, "csv-ratings", "ratings.csv"))).ToList();
        Assert.That(lines, Has.Count.EqualTo(4), "a header and three documents");
        Assert.That(lines[0].Split(','), Is.SupersetOf(RatingCriteria.All.Append("suggested").Append("police_engagement")));
        Assert.That(lines.Skip(1).Select(l => l.Split(',')[4]), Has.All.Matches<string>(v => v is "1" or "2" or "3" or "4"));
    }

    /// <summary>Counts records, not lines: a quoted field may hold a line break.</summary>
    private static int CountCsvRows(string csv)
    {
        var rows = 0;
        var quoted = false;
        foreach (var c in csv)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == '\n' && !quoted)
            {
                rows++;
            }
        }

        return rows;
    }
}
