using Ingest.Core.Documents;
using Ingest.Core.Export;
using Ingest.Core.Storage;
using static Ingest.Tests.Support.StoredDocuments;

namespace Ingest.Tests.Core.Export;

/// <summary>The document filters of `ingest export`: board, force and publication date, with review type.</summary>
[TestFixture]
public sealed class ExportFilterTests
{
    private static readonly StoredDocument Dhr = Make("d1", "DHR text.", [], MetadataOf(["DHR"], "Wexham Community Safety Partnership", "Wexham Constabulary", "2023-06-15"));
    private static readonly StoredDocument Sar = Make("d2", "SAR text.", [], MetadataOf(["SAR"], "Northmoor Safeguarding Adults Board", "Northmoor Police", "2021-02-01"));
    private static readonly StoredDocument Undated = Make("d3", "CSPR text.", [], MetadataOf(["CSPR"], "Wexham Safeguarding Children Partnership", null, null));
    private static readonly StoredDocument[] All = [Dhr, Sar, Undated];

    private static string[] Kept(ExportFilter filter) => All.Where(filter.Keeps).Select(d => d.Id).ToArray();

    [Test]
    public void Board_and_force_match_part_of_the_name_ignoring_case()
    {
        Assert.That(Kept(ExportFilter.All with { Boards = ["wexham"] }), Is.EqualTo(new[] { "d1", "d3" }));
        Assert.That(Kept(ExportFilter.All with { Forces = ["NORTHMOOR"] }), Is.EqualTo(new[] { "d2" }));
        Assert.That(Kept(ExportFilter.All with { Forces = ["Wexham", "Northmoor"] }), Is.EqualTo(new[] { "d1", "d2" }), "several values keep any of them");
    }

    [Test]
    public void Publication_dates_bound_inclusively_and_undated_reviews_are_left_out()
    {
        Assert.That(Kept(ExportFilter.All with { PublishedFrom = new DateOnly(2023, 6, 15) }), Is.EqualTo(new[] { "d1" }));
        Assert.That(Kept(ExportFilter.All with { PublishedTo = new DateOnly(2023, 6, 14) }), Is.EqualTo(new[] { "d2" }));
        Assert.That(Kept(ExportFilter.All with { PublishedFrom = new DateOnly(2021, 1, 1), PublishedTo = new DateOnly(2023, 12, 31) }), Is.EqualTo(new[] { "d1", "d2" }));
    }

    [Test]
    public void Filters_combine_with_the_review_type()
    {
        Assert.That(Kept(new ExportFilter("all", ["CSPR", "DHR"]) { Boards = ["Wexham"], PublishedFrom = new DateOnly(2020, 1, 1) }), Is.EqualTo(new[] { "d1" }));
    }

    [TestCase("2023", false, "2023-01-01")]
    [TestCase("2023", true, "2023-12-31")]
    [TestCase("2024-02", true, "2024-02-29")]
    [TestCase("2023-06-15", true, "2023-06-15")]
    public void Date_bounds_are_read_as_a_day_month_or_year(string value, bool upper, string expected) =>
        Assert.That(ExportFilter.ParseBound(value, upper), Is.EqualTo(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)));

    [TestCase("15/06/2023")]
    [TestCase("June 2023")]
    public void A_date_bound_in_another_form_is_refused(string value) => Assert.That(ExportFilter.ParseBound(value, false), Is.Null);

    [Test]
    public void Status_keeps_suggested_or_confirmed_annotations()
    {
        var text = "PC Smith attended.";
        Annotation[] annotations = [On(text, "PC Smith", Labels.PoliceMention, status: "accepted"), On(text, "attended", Labels.GoodPractice)];
        Assert.That(annotations.Where(new ExportFilter("confirmed", []).Keeps).Select(a => a.Text), Is.EqualTo(new[] { "PC Smith" }));
        Assert.That(annotations.Where(new ExportFilter("suggested", []).Keeps).Select(a => a.Text), Is.EqualTo(new[] { "attended" }));
    }
}
