using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Ingest.Cli;
using Ingest.Core.Documents;
using Ingest.Core.Reports;
using Ingest.Core.Storage;
using Ingest.Web.Tests.Charts;
using Ingest.Web.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Ingest.Web.Tests.Pages;

/// <summary>
/// The corpus report page shows `ingest report`'s figures (the same Core computation) as tables and SVG
/// charts, encodes names that come from the reviews, filters by review type, downloads the CLI's CSV, and
/// needs a login.
/// </summary>
[TestFixture(WebUiHost.Sqlite)]
[TestFixture(WebUiHost.Postgres)]
[NonParallelizable]
public sealed partial class ReportPageTests(string provider)
{
    private const string HostileType = "<img src=x onerror=alert(1)>";
    private const string HostileProcess = "<b>clare's</b> law & \"dvds\"";
    private WebUiHost _host = null!;

    [OneTimeSetUp]
    public async Task Start() =>
        _host = await WebUiHost.StartAsync(async store =>
        {
            // Each Small review: 3 police mentions (one a process), one recommendation for the police alone, proposed rating 2.
            await TestDocuments.SaveAsync(store, TestDocuments.Small("doc-a", "dhr-a.pdf") with { Metadata = Metadata(40, "DHR") }, Repo.Sample("s01"));
            var sar = TestDocuments.Small("doc-b", "sar-b.pdf");
            await TestDocuments.SaveAsync(store, sar with { Metadata = Metadata(60, "SAR"), Rating = sar.Rating! with { Confirmed = 3, ConfirmedBy = "ann" } }, Repo.Sample("s02"));
            var odd = TestDocuments.Small("doc-c", "odd-c.pdf");
            var hostile = new Annotation("a-hostile", Labels.PoliceMention, 0, 15, HostileProcess, new AnnotationAttributes { Category = "process" }, "rule", "suggested", 0.5, "test@1");
            await TestDocuments.SaveAsync(store, odd with { Metadata = Metadata(50, HostileType), Annotations = [.. odd.Annotations, hostile] }, Repo.Sample("s03"));
        }, provider);

    [OneTimeTearDown]
    public async Task Stop()
    {
        // Null when PostgreSQL is not configured and the fixture was ignored in its setup.
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private static ReviewMetadata Metadata(int words, string type) =>
        new([new Evidenced<string>(type, 0, 3, 0.9)], null, null, null, [], null, null, null, null, null, null, 1, words);

    /// <summary>What `ingest report` computes for the same store: Core's rows.</summary>
    private async Task<IReadOnlyList<ReviewTypeSummary>> CoreRowsAsync()
    {
        await using var scope = _host.Services.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<IDocumentStore>();
        return await CorpusReport.BuildAsync(store.ListAsync(withText: true, CancellationToken.None), CancellationToken.None);
    }

    private static string Pct(double share) => (share * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Name(ReviewTypeSummary r) => r.ReviewType == CorpusReport.AllReviews ? "All reviews" : r.ReviewType;

    /// <summary>The rows of the table in one section of the page, each as its decoded cells (row heading first).</summary>
    private static List<string[]> TableRows(string html, string section)
    {
        var body = SectionPattern().Matches(html).Single(m => m.Groups["id"].Value == section).Value;
        var table = body[body.IndexOf("<tbody>", StringComparison.Ordinal)..body.IndexOf("</tbody>", StringComparison.Ordinal)];
        return RowPattern().Matches(table)
            .Select(row => CellPattern().Matches(row.Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)).ToArray())
            .ToList();
    }

    private static List<string> Charts(string html, string section) =>
        SvgPattern().Matches(SectionPattern().Matches(html).Single(m => m.Groups["id"].Value == section).Value).Select(m => m.Value).ToList();

    [Test]
    public async Task The_tables_show_the_figures_of_the_core_report_for_the_same_store()
    {
        using var client = await _host.LoggedInAsync("ann");
        var rows = await CoreRowsAsync();

        var html = await client.GetStringAsync("/report");

        Assert.That(TableRows(html, "report-agencies"), Is.EqualTo(rows.Select(r => (string[])[Name(r), .. ReviewTypeSummary.Agencies.Select(a => Pct(r.Share(a)))])));
        Assert.That(TableRows(html, "report-overview"), Is.EqualTo(rows.Select(r => new[]
        {
            Name(r), r.Reviews.ToString(CultureInfo.InvariantCulture), r.Words.ToString(CultureInfo.InvariantCulture),
            r.PoliceMentionsPerThousandWords.ToString("0.###", CultureInfo.InvariantCulture),
            $"{r.ReviewsWithImr}", $"{r.ReviewsWithPoliceImr}", $"{r.PoliceImrAnalytical}",
        })));
        Assert.That(TableRows(html, "report-recommendations"), Is.EqualTo(rows.Select(r => new[]
        {
            Name(r), $"{r.Recommendations}", $"{r.PoliceOnlyRecommendations}", $"{r.MultiAgencyRecommendations}",
            Pct((double)r.PoliceOnlyRecommendations / r.Recommendations), Pct((double)r.MultiAgencyRecommendations / r.Recommendations),
        })));
        Assert.That(TableRows(html, "report-processes"), Is.EqualTo(rows.Select(r => new[] { Name(r), string.Join("; ", r.TopProcesses(5).Select(p => $"{p.Process} ({p.Mentions})")) })));
        Assert.That(TableRows(html, "report-ratings"), Is.EqualTo(rows.Select(r => new[] { Name(r), $"{r.Ratings[1]}", $"{r.Ratings[2]}", $"{r.Ratings[3]}", $"{r.Ratings[4]}", $"{r.Ratings[0]}" })));
    }

    [Test]
    public async Task Figures_counted_by_hand_are_on_the_page()
    {
        using var client = await _host.LoggedInAsync("ann");

        var html = await client.GetStringAsync("/report");

        var overview = TableRows(html, "report-overview");
        Assert.That(overview.Select(r => r[0]), Is.EqualTo(new[] { HostileType, "DHR", "SAR", "All reviews" }), "types in ordinal order, then all");
        Assert.That(overview.Single(r => r[0] == "DHR")[3], Is.EqualTo("75"), "3 police mentions in 40 words");
        Assert.That(overview.Single(r => r[0] == "SAR")[3], Is.EqualTo("50"), "3 police mentions in 60 words");
        Assert.That(TableRows(html, "report-recommendations").Single(r => r[0] == "All reviews"), Is.EqualTo(new[] { "All reviews", "3", "3", "0", "100%", "0%" }));
        Assert.That(TableRows(html, "report-ratings").Single(r => r[0] == "All reviews"), Is.EqualTo(new[] { "All reviews", "0", "2", "1", "0", "0" }), "doc-b's confirmed 3 over its proposed 2");
        var ratings = SvgBarChartTests.Bars(Charts(html, "report-ratings").Single());
        Assert.That(ratings.Select(b => b.Value), Is.EqualTo(new double[] { 0, 0, 0, 3, 0, 2, 0, 1, 1, 0, 0, 0, 0, 2, 0 }),
            "per level 1-4 and none: proposed, confirmed, in the report");
    }

    [Test]
    public async Task Bar_widths_are_proportional_to_the_figures()
    {
        using var client = await _host.LoggedInAsync("ann");
        var rows = await CoreRowsAsync();

        var html = await client.GetStringAsync("/report");

        // The agency charts share one scale: every bar's width over its value is the same, and the largest share fills the plot.
        var agencyBars = Charts(html, "report-agencies").SelectMany(SvgBarChartTests.Bars).ToList();
        var largest = rows.SelectMany(r => ReviewTypeSummary.Agencies.Select(a => r.Share(a) * 100)).Max();
        Assert.That(agencyBars, Has.Count.EqualTo(rows.Count * ReviewTypeSummary.Agencies.Count));
        Assert.That(agencyBars.Max(b => b.Value), Is.EqualTo(largest).Within(0.01));
        foreach (var (width, value) in agencyBars)
        {
            // data-value is written to 2 decimals (66.67 for 2/3), so allow a twentieth of a pixel.
            Assert.That(width, Is.EqualTo(value / largest * 360).Within(0.05), $"share {value}%");
        }

        var density = SvgBarChartTests.Bars(Charts(html, "report-overview")[0]);
        Assert.That(density.Select(b => b.Value), Is.EqualTo(rows.Select(r => Math.Round(r.PoliceMentionsPerThousandWords, 2))));
        var densest = rows.Max(r => r.PoliceMentionsPerThousandWords);
        Assert.That(densest, Is.EqualTo(80), "doc-c: 4 police mentions in 50 words");
        Assert.That(density.Select(b => b.Width), Is.EqualTo(rows.Select(r => r.PoliceMentionsPerThousandWords / densest * 360)).Within(0.01));
    }

    [Test]
    public async Task A_review_type_and_a_process_name_from_the_reviews_are_encoded_in_tables_and_charts()
    {
        using var client = await _host.LoggedInAsync("ann");

        var html = await client.GetStringAsync("/report");

        Assert.That(html, Does.Not.Contain("<img").And.Not.Contain("<b>clare"));
        Assert.That(html, Does.Contain("<th scope=\"row\">&lt;img src=x onerror=alert(1)&gt;</th>"), "type in the tables");
        Assert.That(html, Does.Contain("<option value=\"&lt;img src=x onerror=alert(1)&gt;\">"), "type in the filter");
        Assert.That(TableRows(html, "report-processes").Single(r => r[0] == HostileType)[1], Does.Contain(HostileProcess + " (1)"));
        var processCharts = Charts(html, "report-processes");
        Assert.That(processCharts, Has.Some.Contain("&lt;b&gt;clare&#x27;s&lt;/b&gt; law &amp; &quot;dvds&quot;"), "process in a chart label");
        Assert.That(processCharts, Has.Some.Contain("Most mentioned police processes: &lt;img src=x onerror=alert(1)&gt;"), "type in a chart title");
    }

    [Test]
    public async Task The_filter_shows_one_review_type_only()
    {
        using var client = await _host.LoggedInAsync("ann");

        var html = await client.GetStringAsync("/report?type=DHR");

        Assert.That(TableRows(html, "report-overview").Select(r => r[0]), Is.EqualTo(new[] { "DHR" }));
        Assert.That(TableRows(html, "report-agencies").Select(r => r[0]), Is.EqualTo(new[] { "DHR" }));
        Assert.That(Charts(html, "report-agencies"), Has.Count.EqualTo(1));
        Assert.That(html, Does.Contain("<option value=\"DHR\" selected>").And.Contain("href=\"/report.csv?type=DHR\""));
        Assert.That(html, Does.Contain("Ratings proposed and confirmed: DHR"));
    }

    [Test]
    public async Task A_type_without_reviews_says_so_and_an_unknown_type_is_refused()
    {
        using var client = await _host.LoggedInAsync("ann");

        var empty = await client.GetStringAsync("/report?type=CSPR");
        using var unknown = await client.GetAsync("/report?type=XYZ");
        using var unknownCsv = await client.GetAsync("/report.csv?type=XYZ");

        Assert.That(empty, Does.Contain("No ingested review of type CSPR yet.").And.Not.Contain("<svg"));
        Assert.That(unknown.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await unknown.Content.ReadAsStringAsync(), Does.Contain("There is no review type &#x27;XYZ&#x27;."));
        Assert.That(unknownCsv.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
    }

    [Test]
    public async Task An_empty_store_says_there_is_nothing_yet_and_its_csv_is_the_header_and_an_empty_all_row()
    {
        await using var empty = await WebUiHost.StartAsync(provider: provider);
        using var client = await empty.LoggedInAsync("ann");

        var html = await client.GetStringAsync("/report");
        var csv = await client.GetStringAsync("/report.csv");

        Assert.That(html, Does.Contain("No ingested review yet").And.Not.Contain("<svg"));
        Assert.That(csv.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[] { CorpusReport.Header, "all,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,,0,0,0,0,0" }));
    }

    [Test]
    public async Task The_csv_download_is_the_csv_of_ingest_report_with_a_dated_file_name()
    {
        using var client = await _host.LoggedInAsync("ann");
        var expected = await ExpectedCsvAsync();

        using var response = await client.GetAsync("/report.csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/csv"));
        Assert.That(response.Content.Headers.ContentDisposition?.DispositionType, Is.EqualTo("attachment"));
        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("ingest-report-2026-01-05.csv"));
        Assert.That(bytes.Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM, as the CLI writes it");
        Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Is.EqualTo(expected));
    }

    [Test]
    public async Task The_filtered_csv_is_the_header_and_that_type_s_row()
    {
        using var client = await _host.LoggedInAsync("ann");
        var full = (await ExpectedCsvAsync()).Split('\n');

        using var response = await client.GetAsync("/report.csv?type=SAR");
        var csv = await response.Content.ReadAsStringAsync();

        Assert.That(response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), Is.EqualTo("ingest-report-SAR-2026-01-05.csv"));
        Assert.That(csv, Is.EqualTo(full[0] + "\n" + full.Single(l => l.StartsWith("SAR,", StringComparison.Ordinal)) + "\n"));
    }

    /// <summary>On SQLite the real `ingest report` on the host's database; on PostgreSQL (a schema the CLI cannot name) Core's writer over the same store.</summary>
    private async Task<string> ExpectedCsvAsync()
    {
        if (provider == WebUiHost.Sqlite)
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await CliApp.RunAsync(["report", "--db", _host.Database], output, error, CancellationToken.None);
            Assert.That(code, Is.Zero, error.ToString());
            return output.ToString();
        }

        using var csv = new StringWriter();
        await CorpusReport.WriteCsvAsync(await CoreRowsAsync(), csv, CancellationToken.None);
        return csv.ToString();
    }

    [Test]
    public async Task Anonymous_requests_are_sent_to_the_login_page_and_get_no_csv()
    {
        using var client = _host.Client();

        using var page = await client.GetAsync("/report");
        using var csv = await client.GetAsync("/report.csv");

        Assert.That(page.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(page.Headers.Location!.ToString(), Does.Contain("/login?ReturnUrl="));
        Assert.That(csv.StatusCode, Is.EqualTo(HttpStatusCode.Redirect));
        Assert.That(await csv.Content.ReadAsStringAsync(), Does.Not.Contain("review_type"));
    }

    [Test]
    public async Task The_report_is_in_the_navigation()
    {
        using var client = await _host.LoggedInAsync("bob");

        Assert.That(await client.GetStringAsync("/dashboard"), Does.Contain("<a href=\"/report\">Report</a>"));
    }

    [GeneratedRegex("<section class=\"report\" id=\"(?<id>[^\"]+)\">.*?</section>", RegexOptions.Singleline)]
    private static partial Regex SectionPattern();

    [GeneratedRegex("<tr>.*?</tr>", RegexOptions.Singleline)]
    private static partial Regex RowPattern();

    [GeneratedRegex("<t[hd][^>]*>(.*?)</t[hd]>", RegexOptions.Singleline)]
    private static partial Regex CellPattern();

    [GeneratedRegex("<svg .*?</svg>", RegexOptions.Singleline)]
    private static partial Regex SvgPattern();
}
