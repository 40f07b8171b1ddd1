using System.Diagnostics;
using System.Text.RegularExpressions;
using Ingest.Core.Configuration;
using Ingest.Core.Documents;
using Ingest.Core.Evaluation;
using Ingest.Core.Pipeline;
using Ingest.Pdf;
using Ingest.Pdf.Ocr;
using Ingest.Tests.Support;

namespace Ingest.Tests.Pdf.Ocr;

/// <summary>
/// Scanned reviews: corpus-samples/scan01 is s05 printed and scanned (images only, turned 0.4 degrees,
/// speckled). Through extract + ocr it must come out as text close to s05's golden text, mapped to its
/// pages, marked as OCR with a confidence per page; without tesseract it stays needs_ocr with the reason.
/// Needs tesseract-ocr, tesseract-ocr-eng and poppler-utils (scripts/test.sh installs them).
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.All)]
public sealed partial class OcrStageTests
{
    private const string ScanId = "scan01";

    // Measured on scan01 at 300 dpi with tesseract 5.3.0 (eng): 146 of 152 sentences (96.1 %), word
    // recall 99.9 % (88.8 % of sentences without despeckling). The misses are OCR's own: "Siân" read as
    // "Sian", one "5th" as "Sth", and a two-column table whose cells tesseract interleaves.
    private const double MinSentenceRecall = 0.90;
    private const double MinWordRecall = 0.97;

    private const string NotInstalled = "tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-eng); the document is kept as needs_ocr";

    private static readonly ExtractStage HandOn = new(new ExtractOptions { StopWhenScanned = false });

    private static readonly Lazy<(IngestDocument Document, TimeSpan Elapsed)> Scanned = new(() =>
    {
        RequireTools();
        var stopwatch = Stopwatch.StartNew();
        var document = RunAsync([HandOn, new OcrStage(new OcrOptions())], Load(ScanId)).GetAwaiter().GetResult();
        return (document, stopwatch.Elapsed);
    });

    private static string SamplePath(string id) => Path.Combine(Repo.Samples, id, id + ".pdf");

    private static IngestDocument Load(string id)
    {
        var path = SamplePath(id);
        return new IngestDocument(id, Path.GetFileName(path), new Provenance("file", path, Path.GetFileName(path), DateTimeOffset.UnixEpoch), File.ReadAllBytes(path));
    }

    private static Task<IngestDocument> RunAsync(IReadOnlyList<IPipelineStage> stages, IngestDocument document) =>
        StageGuard.RunAllAsync(stages, document, TimeSpan.FromMinutes(10), CancellationToken.None);

    private static void RequireTools()
    {
        foreach (var tool in new[] { "tesseract", "pdftoppm" })
        {
            var found = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(':').Any(d => File.Exists(Path.Combine(d, tool)));
            Assert.That(found, Is.True, $"{tool} is not installed: apt-get install tesseract-ocr tesseract-ocr-eng poppler-utils (scripts/test.sh does)");
        }
    }

    [Test]
    public void The_scanned_sample_has_no_text_layer_and_extract_alone_keeps_it_as_needs_ocr()
    {
        var result = new ExtractStage(new ExtractOptions()).Run(Load(ScanId), CancellationToken.None);

        var stop = result as StageResult.Stop;
        Assert.That(stop, Is.Not.Null, "extract with its defaults stops a scan");
        Assert.That(stop!.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(stop.Document.Extracted!.Facts.ImageOnlyPages, Is.EqualTo(stop.Document.Extracted.Facts.PageCount));
        Assert.That(stop.Document.Extracted.Text.Trim(), Is.Empty, "scan01 must be images only");
    }

    [Test]
    public void With_StopWhenScanned_false_extract_hands_the_scan_on()
    {
        var result = HandOn.Run(Load(ScanId), CancellationToken.None);

        Assert.That(result, Is.InstanceOf<StageResult.Success>());
        var facts = ((StageResult.Success)result).Document.Extracted!.Facts;
        Assert.That((facts.PageCount, facts.ImageOnlyPages, facts.Ocr), Is.EqualTo((6, 6, false)));
    }

    [Test]
    public void Most_sentences_of_the_scanned_review_are_recovered()
    {
        var (document, elapsed) = Scanned.Value;
        Assert.That(document.Status, Is.EqualTo(DocumentStatus.Ingested), document.Error);

        var text = TextMatching.Normalise(document.Text);
        var expectedLines = File.ReadAllLines(Path.Combine(Repo.Samples, ScanId, "expected.txt"));
        var sentences = expectedLines.SelectMany(TextMatching.Sentences).ToList();
        var missing = sentences.Where(s => !text.Contains(s, StringComparison.Ordinal)).ToList();
        var sentenceRecall = 1.0 - ((double)missing.Count / sentences.Count);
        var wordRecall = WordRecall(string.Join('\n', expectedLines), text);
        var pages = document.Extracted!.Facts.PageCount;

        TestContext.Out.WriteLine($"{ScanId}: {sentences.Count - missing.Count}/{sentences.Count} sentences verbatim ({sentenceRecall:P1}), word recall {wordRecall:P1}");
        TestContext.Out.WriteLine($"{ScanId}: {pages} pages in {elapsed.TotalSeconds:0.0} s ({elapsed.TotalSeconds / pages:0.0} s per page, extract + ocr)");
        foreach (var m in missing.Take(20))
        {
            TestContext.Out.WriteLine($"  missing: {m}");
        }

        Assert.Multiple(() =>
        {
            Assert.That(sentenceRecall, Is.GreaterThanOrEqualTo(MinSentenceRecall), $"{missing.Count} of {sentences.Count} sentences not found verbatim");
            Assert.That(wordRecall, Is.GreaterThanOrEqualTo(MinWordRecall), "share of the expected words found");
        });
    }

    [Test]
    public void The_ocr_text_maps_back_to_boxes_inside_its_pages()
    {
        var extracted = Scanned.Value.Document.Extracted!;
        var pages = extracted.Pages.ToDictionary(p => p.Number);
        Assert.That(extracted.OffsetMap.Count, Is.EqualTo(extracted.Text.Length), "one location per character");

        var outside = new List<string>();
        var traced = 0;
        for (var i = 0; i < extracted.Text.Length; i++)
        {
            var at = extracted.OffsetMap[i];
            if (at.Inserted)
            {
                continue;
            }

            traced++;
            var page = pages[at.Page];
            var box = at.Box;
            if (!(box.Left >= 0 && box.Right <= page.Width && box.Bottom >= 0 && box.Top <= page.Height && box.Left <= box.Right && box.Bottom <= box.Top))
            {
                outside.Add($"'{extracted.Text[i]}' at {i}: page {at.Page} {box}");
            }
        }

        Assert.That(traced, Is.GreaterThan(extracted.Text.Length * 8 / 10), "most characters come from a glyph");
        Assert.That(outside, Is.Empty, "boxes outside their page");

        // Each page's text range holds characters of that page, in page order.
        Assert.That(extracted.Pages.Select(p => p.Number), Is.EqualTo(Enumerable.Range(1, 6)));
        foreach (var p in extracted.Pages.Where(p => p.End > p.Start))
        {
            var onPage = Enumerable.Range(p.Start, p.End - p.Start).Select(i => extracted.OffsetMap[i]).Where(c => !c.Inserted).Select(c => c.Page).Distinct().ToList();
            Assert.That(onPage, Is.EqualTo(new[] { p.Number }), $"page {p.Number}'s text range");
        }

        // A word found on page 2 of the scan is highlighted where it is: on page 2, in the upper half.
        var title = extracted.Text.IndexOf("Legal context from guidance", StringComparison.Ordinal);
        Assert.That(title, Is.GreaterThanOrEqualTo(0));
        var boxes = extracted.OffsetMap.BoxesFor(title, title + 13);
        Assert.That(boxes.Select(b => b.Page).Distinct(), Is.EqualTo(new[] { 2 }));
        Assert.That(boxes.Min(b => b.Box.Bottom), Is.GreaterThan(pages[2].Height / 2), "y is flipped to PDF space (origin bottom-left)");
        Assert.That(boxes.Min(b => b.Box.Left), Is.LessThan(pages[2].Width / 4), "a line start sits at the left margin");
    }

    [Test]
    public void The_facts_say_ocr_and_each_page_keeps_its_mean_word_confidence()
    {
        var (document, _) = Scanned.Value;
        var extracted = document.Extracted!;

        Assert.That(extracted.Facts.Ocr, Is.True);
        Assert.That((extracted.Facts.PageCount, extracted.Facts.ImageOnlyPages), Is.EqualTo((6, 6)), "the facts about the PDF stay as they are");
        Assert.That(extracted.Facts.Producer, Does.Contain("img2pdf"), "the PDF's own metadata is kept");
        Assert.That(extracted.Pages.Select(p => p.ImageOnly), Has.All.True);
        Assert.That(extracted.Pages.Select(p => p.OcrConfidence), Has.All.InRange(60.0, 100.0));
        TestContext.Out.WriteLine("confidence per page: " + string.Join(", ", extracted.Pages.Select(p => $"{p.Number}: {p.OcrConfidence:0.0}")));
    }

    [Test]
    public void The_same_cleaning_runs_on_ocr_text_running_footers_go_and_paragraphs_are_kept()
    {
        var extracted = Scanned.Value.Document.Extracted!;

        // s05's footer "Page N" is taken out of the body and kept as page furniture.
        Assert.That(extracted.Text, Does.Not.Match(@"(?m)^Page \d+$"));
        Assert.That(extracted.Pages.Skip(1).SelectMany(p => p.Footers), Has.Some.Match(@"^Page \d$"));

        // Paragraphs are separated, lines inside a paragraph joined.
        var paragraphs = extracted.Text.Split("\n\n");
        Assert.That(paragraphs, Has.Length.GreaterThan(20));
        Assert.That(extracted.Text, Does.Contain("The Glannant Regional Safeguarding Board commissioned this review on 12th April 2022 on the recommendation of its Case Review Group."));
        Assert.That(extracted.Blocks, Is.Not.Empty, "paragraph blocks with their typography");
    }

    [Test]
    public async Task A_document_with_a_text_layer_passes_through_untouched()
    {
        var extracted = (StageResult.Success)HandOn.Run(Load("s05"), CancellationToken.None);

        var result = new OcrStage(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }).Run(extracted.Document, CancellationToken.None);

        Assert.That(result, Is.InstanceOf<StageResult.Success>());
        Assert.That(((StageResult.Success)result).Document, Is.SameAs(extracted.Document));
        var through = await RunAsync([HandOn, new OcrStage(new OcrOptions())], Load("s05"));
        Assert.That((through.Status, through.Extracted!.Facts.Ocr), Is.EqualTo((DocumentStatus.Ingested, false)));
    }

    [Test]
    public async Task Without_tesseract_the_scan_stays_needs_ocr_with_the_reason()
    {
        var stages = new IPipelineStage[] { HandOn, new OcrStage(new OcrOptions { TesseractPath = "/nonexistent/tesseract" }) };

        var document = await RunAsync(stages, Load(ScanId));

        Assert.That(document.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(document.Error, Does.StartWith(NotInstalled));
        Assert.That(document.Extracted!.Facts.Ocr, Is.False);
    }

    [Test]
    public async Task Without_pdftoppm_the_scan_stays_needs_ocr_with_the_reason()
    {
        RequireTools();
        var stages = new IPipelineStage[] { HandOn, new OcrStage(new OcrOptions { PdftoppmPath = "/nonexistent/pdftoppm" }) };

        var document = await RunAsync(stages, Load(ScanId));

        Assert.That(document.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(document.Error, Does.StartWith("pdftoppm is not installed (apt-get install poppler-utils); the document is kept as needs_ocr"));
    }

    [Test]
    public async Task Without_the_language_data_the_scan_stays_needs_ocr_with_the_package_to_install()
    {
        RequireTools();
        var stages = new IPipelineStage[] { HandOn, new OcrStage(new OcrOptions { Language = "eng+xyz" }) };

        var document = await RunAsync(stages, Load(ScanId));

        Assert.That(document.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(document.Error, Is.EqualTo("tesseract has no language data for 'xyz' (apt-get install tesseract-ocr-xyz); the document is kept as needs_ocr"));
    }

    [Test]
    public void A_scan_with_more_pages_than_MaxPages_is_not_read()
    {
        var extracted = (StageResult.Success)HandOn.Run(Load(ScanId), CancellationToken.None);

        var result = new OcrStage(new OcrOptions { MaxPages = 5 }).Run(extracted.Document, CancellationToken.None);

        var stop = result as StageResult.Stop;
        Assert.That(stop?.Status, Is.EqualTo(DocumentStatus.NeedsOcr));
        Assert.That(stop!.Reason, Does.Contain("6 image-only pages").And.Contain("MaxPages"));
    }

    [Test]
    public void A_page_that_takes_too_long_is_killed_and_the_document_fails_with_the_reason()
    {
        RequireTools();
        using var fake = new FakeTesseract(sleepSeconds: 60);
        var extracted = (StageResult.Success)HandOn.Run(Load(ScanId), CancellationToken.None);
        var stage = new OcrStage(new OcrOptions { TesseractPath = fake.Path, PageTimeout = TimeSpan.FromSeconds(1), Dpi = 100 });

        var stopwatch = Stopwatch.StartNew();
        var result = stage.Run(extracted.Document, CancellationToken.None);

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        var stop = result as StageResult.Stop;
        Assert.That(stop?.Status, Is.EqualTo(DocumentStatus.Failed));
        Assert.That(stop!.Reason, Does.Contain("page 1 took longer than 1 s"));
        Assert.That(fake.StillRunning(), Is.Empty, "the timed-out process was killed");
    }

    [Test]
    public void Cancelling_the_stage_kills_the_running_process()
    {
        RequireTools();
        using var fake = new FakeTesseract(sleepSeconds: 60);
        var extracted = (StageResult.Success)HandOn.Run(Load(ScanId), CancellationToken.None);
        var stage = new OcrStage(new OcrOptions { TesseractPath = fake.Path, PageTimeout = TimeSpan.FromSeconds(60), Dpi = 100 });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));

        var stopwatch = Stopwatch.StartNew();
        Assert.That(() => stage.Run(extracted.Document, cancel.Token), Throws.InstanceOf<OperationCanceledException>());

        Assert.That(stopwatch.Elapsed, Is.LessThan(TimeSpan.FromSeconds(30)));
        Assert.That(fake.StillRunning(), Is.Empty, "the cancelled process was killed");
    }

    [Test]
    public void Options_have_the_stated_defaults_and_ranges()
    {
        var defaults = OcrOptions.FromJson(default, "$.Stages[1].Options");
        Assert.That(
            (defaults.Dpi, defaults.Language, defaults.PageTimeout, defaults.MaxPages, defaults.TesseractPath, defaults.PdftoppmPath, defaults.DespeckleMaxPixels, defaults.PageSegmentationMode),
            Is.EqualTo((300, "eng", TimeSpan.FromSeconds(60), 500, "tesseract", "pdftoppm", 2, 1)));

        var set = OcrOptions.FromJson(Json("""{ "Dpi": 200, "Language": "eng+cym", "PageTimeoutSeconds": 30, "MaxPages": 20 }"""), "$");
        Assert.That((set.Dpi, set.Language, set.PageTimeout, set.MaxPages), Is.EqualTo((200, "eng+cym", TimeSpan.FromSeconds(30), 20)));

        Assert.Multiple(() =>
        {
            Assert.That(() => OcrOptions.FromJson(Json("""{ "Dpi": 99 }"""), "$.o"), Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.o.Dpi"));
            Assert.That(() => OcrOptions.FromJson(Json("""{ "Dpi": 601 }"""), "$.o"), Throws.TypeOf<ConfigurationException>());
            Assert.That(() => OcrOptions.FromJson(Json("""{ "Language": "eng; rm -rf /" }"""), "$.o"), Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.o.Language"));
            Assert.That(() => OcrOptions.FromJson(Json("""{ "Lang": "eng" }"""), "$.o"), Throws.TypeOf<ConfigurationException>().With.Message.Contains("$.o.Lang"));
            Assert.That(() => OcrOptions.FromJson(Json("""{ "MaxPages": 0 }"""), "$.o"), Throws.TypeOf<ConfigurationException>());
            Assert.That(() => OcrOptions.FromJson(Json("""{ "TesseractPath": " " }"""), "$.o"), Throws.TypeOf<ConfigurationException>());
        });
        Assert.That(ExtractOptions.FromJson(default, "$").StopWhenScanned, Is.True, "pipelines without an ocr stage keep scans as needs_ocr");
        Assert.That(ExtractOptions.FromJson(Json("""{ "StopWhenScanned": false }"""), "$").StopWhenScanned, Is.False);
    }

    [Test]
    public void Tesseract_words_become_layout_in_pdf_points_with_y_flipped_and_split_compounds_joined()
    {
        // A 1000 x 2000 pixel image of a 500 x 1000 pt page: 2 pixels a point.
        const string tsv = """
            level	page_num	block_num	par_num	line_num	word_num	left	top	width	height	conf	text
            1	1	0	0	0	0	0	0	1000	2000	-1	
            4	1	1	1	1	0	100	200	600	40	-1	
            5	1	1	1	1	1	100	200	120	30	96.0	The
            5	1	1	1	1	2	240	210	140	30	90.0	fifteen-
            5	1	1	1	1	3	381	200	120	40	94.0	month
            5	1	1	1	1	4	520	228	2	2	20.0	.
            5	1	1	1	1	5	560	200	140	30	-1	
            5	1	2	1	1	1	100	1900	100	30	80.0	Page
            """;

        var image = TesseractTsv.Parse(tsv.Replace("\\t", "\t", StringComparison.Ordinal));
        var page = OcrLayoutBuilder.Build([new OcrPageImage(3, 500, 1000, image)], bodySize: null).Single();

        Assert.That((image.Width, image.Height), Is.EqualTo((1000, 2000)));
        var lines = page.Layout.Lines;
        Assert.That(lines.Select(l => l.Text), Is.EqualTo(new[] { "The fifteen-month", "Page" }), "the speck is dropped, the compound joined");
        Assert.That(lines.Select(l => l.Block).Distinct().Count(), Is.EqualTo(2), "tesseract's blocks are kept apart");
        var the = lines[0].Words[0];
        Assert.That(the.Box, Is.EqualTo(new PageBox(50, 885, 110, 900)), "pixels to points, y flipped");
        Assert.That(the.Glyphs.Select(g => g.Value), Is.EqualTo(new[] { "T", "h", "e" }));
        Assert.That(the.Glyphs.Select(g => g.Box.Left), Is.EqualTo(new[] { 50f, 70f, 90f }), "glyphs spread evenly over the word");
        Assert.That(lines[0].Words.SelectMany(w => w.Glyphs).Select(g => g.Size).Distinct().Count(), Is.EqualTo(1), "one size per line");
        Assert.That(page.Layout.ImageOnly, Is.True);
        Assert.That(page.MeanConfidence, Is.EqualTo((96.0 + ((90.0 * 8) + (94.0 * 5)) / 13 + 80.0) / 3).Within(0.01));
    }

    [Test]
    public void Despeckling_whitens_isolated_specks_and_keeps_full_stops()
    {
        var folder = Directory.CreateTempSubdirectory("despeckle-").FullName;
        try
        {
            const int w = 40, h = 20;
            var pixels = Enumerable.Repeat((byte)255, w * h).ToArray();
            void Dark(int x0, int y0, int size)
            {
                for (var y = y0; y < y0 + size; y++)
                {
                    for (var x = x0; x < x0 + size; x++)
                    {
                        pixels[(y * w) + x] = 0;
                    }
                }
            }

            Dark(5, 5, 2);   // a speck
            Dark(20, 5, 5);  // a full stop of 10 pt text at 300 dpi
            Dark(33, 10, 1); // a speck
            var path = Path.Combine(folder, "page.pgm");
            File.WriteAllBytes(path, [.. System.Text.Encoding.ASCII.GetBytes($"P5\n{w} {h}\n255\n"), .. pixels]);

            var removed = Despeckler.Clean(path, 2);

            var after = File.ReadAllBytes(path)[^(w * h)..];
            Assert.That(removed, Is.EqualTo(2));
            Assert.That(after.Count(b => b < 128), Is.EqualTo(25), "only the full stop is left");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static System.Text.Json.JsonElement Json(string json) => System.Text.Json.JsonDocument.Parse(json).RootElement.Clone();

    /// <summary>Share of the expected words (letters and digits, case kept) found in the text, each as often as expected.</summary>
    private static double WordRecall(string expected, string actual)
    {
        var have = Words().Matches(actual).GroupBy(m => m.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var want = Words().Matches(TextMatching.Normalise(expected)).Select(m => m.Value).ToList();
        var found = 0;
        foreach (var word in want)
        {
            if (have.TryGetValue(word, out var n) && n > 0)
            {
                have[word] = n - 1;
                found++;
            }
        }

        return want.Count == 0 ? 1 : (double)found / want.Count;
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex Words();

    /// <summary>A stand-in tesseract that lists "eng" and otherwise sleeps, writing its process id first.</summary>
    private sealed class FakeTesseract : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("fake-tesseract-").FullName;

        public FakeTesseract(int sleepSeconds)
        {
            Path = System.IO.Path.Combine(_folder, "tesseract");
            File.WriteAllText(Path, $"""
                #!/bin/sh
                if [ "$1" = "--list-langs" ]; then printf 'List of available languages (2):\neng\nosd\n'; exit 0; fi
                echo $$ >> "{_folder}/pids"
                exec sleep {sleepSeconds}
                """.Replace("\r", string.Empty, StringComparison.Ordinal));
            if (OperatingSystem.IsWindows())
            {
                Assert.Ignore("the stand-in tesseract is a shell script");
            }
            else
            {
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        public string Path { get; }

        /// <summary>The process ids the fake wrote that are still alive.</summary>
        public IReadOnlyList<int> StillRunning()
        {
            var file = System.IO.Path.Combine(_folder, "pids");
            var pids = File.Exists(file) ? File.ReadAllLines(file).Where(l => l.Trim().Length > 0).Select(int.Parse).ToList() : [];
            Assert.That(pids, Is.Not.Empty, "the fake tesseract was run");
            return pids.Where(p => Directory.Exists($"/proc/{p}") && !File.ReadAllText($"/proc/{p}/stat").Contains(") Z ", StringComparison.Ordinal)).ToList();
        }

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
