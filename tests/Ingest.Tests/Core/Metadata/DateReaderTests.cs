using Ingest.Core.Metadata;

namespace Ingest.Tests.Core.Metadata;

/// <summary>Every date form reviews use (DOMAIN §6): day first, months, seasons as month ranges.</summary>
public sealed class DateReaderTests
{
    [TestCase("On 4th March 2021 officers attended.", "2021-03-04")]
    [TestCase("On 4 March 2021 officers attended.", "2021-03-04")]
    [TestCase("on the 21st of September 2023", "2023-09-21")]
    [TestCase("He was admitted on the 14th day of February 2014 with a head injury.", "2014-02-14")]
    [TestCase("signed this 9th day of December, 2014", "2014-12-09")]
    [TestCase("March 4, 2021", "2021-03-04")]
    [TestCase("The call was logged on 03/04/2021 at 1435hrs.", "2021-04-03")]
    [TestCase("recorded on 03.04.21", "2021-04-03")]
    [TestCase("dated 2022-11-01", "2022-11-01")]
    [TestCase("Published: June 2023", "2023-06")]
    [TestCase("in Sept 2019", "2019-09")]
    [TestCase("In Spring 2020 the family moved.", "2020-03/2020-05")]
    [TestCase("Aaron died in the summer of 2021.", "2021-06/2021-08")]
    [TestCase("by late 2019", "2019-09/2019-12")]
    [TestCase("during summer 2018", "2018-06/2018-08")]
    [TestCase("in early 2021, when the referral was made", "2021-01/2021-04")]
    // Forms issue 3 lists that the first readers did not parse, in wordings of our own.
    [TestCase("The assault happened on March 4th 2021 at about 10pm.", "2021-03-04")]
    [TestCase("by the March of 2021 she had stopped attending", "2021-03")]
    [TestCase("The log is dated 04-03-2021.", "2021-03-04")]
    [TestCase("He was seen on the 4 th March 2021 by the GP.", "2021-03-04")]
    [TestCase("Officers attended on Christmas Day 2020 after a neighbour called.", "2020-12-25")]
    [TestCase("She was last seen on New Year's Eve 2019.", "2019-12-31")]
    [TestCase("the fire on Bonfire Night 2022", "2022-11-05")]
    // Session 11, forms no sample had needed yet, in our own words: a spreadsheet chronology's "09-Jan-24",
    // a case system's year-first "2024/01/09", an abbreviated month with a full stop before its day.
    [TestCase("| 09-Jan-24 | Ambulance called to the address |", "2024-01-09")]
    [TestCase("The strategy meeting was held on 21-Nov-2022.", "2022-11-21")]
    [TestCase("Exported from the case system: 2024/01/09 14:02", "2024-01-09")]
    [TestCase("The referral of Sept. 14th, 2023 was not answered.", "2023-09-14")]
    [TestCase("In the early hours of 23rd Jan. 2024 she was found.", "2024-01-23")]
    [TestCase("Approved by the regional panel | 2025-06-30 |", "2025-06-30")]
    // Session 15: the day as a word, and a part of a season (a plain "late 2019" is a part of the year).
    [TestCase("She died on the fourth of March 2021.", "2021-03-04")]
    [TestCase("signed on the twenty-first day of June 2019", "2019-06-21")]
    [TestCase("the thirtieth of November 2022", "2022-11-30")]
    [TestCase("on the thirteenth of May 2022", "2022-05-13")]
    [TestCase("the thirty-first of May 2022", "2022-05-31")]
    [TestCase("the twentieth of May 2022", "2022-05-20")]
    [TestCase("In late summer 2021 he moved out.", "2021-07/2021-08")]
    [TestCase("in early spring 2020", "2020-03/2020-04")]
    [TestCase("In late winter 2023 a neighbour raised the alarm.", "2023-01/2023-03")]
    [TestCase("in mid-autumn 2018", "2018-10")]
    [TestCase("killed by her husband at their home on 21 Jan 23.", "2023-01-21")]
    [TestCase("Approved by the Partnership: 14 Mar 24", "2024-03-14")]
    [TestCase("Agreed by both Partnerships: 12/2023", "2023-12")]
    [TestCase("He moved to the flat in 03/2022 with his mother.", "2022-03")]
    public void Reads_the_date_as_written(string text, string iso)
    {
        Assert.That(DateReader.ParseOne(text)?.Iso, Is.EqualTo(iso));
    }

    [TestCase("She was 14 months old.")]
    [TestCase("Section 47 enquiries under the Children Act 1989.")]
    [TestCase("The form was 31/02/2021.")]
    [TestCase("Grade 2 within 60 minutes")]
    [TestCase("The 2020-21 financial year.")]
    [TestCase("Pay scale 12-Mar-band")]
    [TestCase("DHR 03/2021 was commissioned by the Partnership.")]
    [TestCase("The 999 call was graded 1 of 4/2020 guidance.")]
    [TestCase("Between 4 March 20 officers and staff were trained.")]
    public void Finds_no_date_where_there_is_none(string text)
    {
        Assert.That(DateReader.ParseOne(text), Is.Null);
    }

    [Test]
    public void A_month_is_a_range_of_its_days()
    {
        var d = DateReader.ParseOne("February 2024")!;
        Assert.That((d.First, d.Last), Is.EqualTo((new DateOnly(2024, 2, 1), new DateOnly(2024, 2, 29))));
    }

    [TestCase("On 14th December his key worker found him.", 14, 12)]
    [TestCase("Easter Monday 2023 (10 April), two days after", 10, 4)]
    [TestCase("on the 5th of May she was seen", 5, 5)]
    public void Finds_a_day_and_month_written_without_a_year(string text, int day, int month)
    {
        var found = DateReader.FindYearless(text);
        Assert.That(found.Select(f => (f.Day, f.Month)), Is.EqualTo(new[] { (day, month) }));
    }

    // "He died in hospital in early February", after a paragraph that gave the year: a month the caller dates.
    [TestCase("He died in hospital in early February.", 2)]
    [TestCase("She was discharged at the end of March and died in April.", 3, 4)]
    [TestCase("By mid-June the flat was empty.", 6)]
    public void Finds_a_month_written_without_a_year(string text, params int[] months)
    {
        Assert.That(DateReader.FindYearlessMonths(text).Select(f => f.Month), Is.EqualTo(months));
    }

    [TestCase("He died in early February 2024.")]
    [TestCase("In March of 2021 she moved.")]
    [TestCase("in February 3rd's meeting")]
    [TestCase("She may in may be seen.")]
    public void A_month_with_a_year_or_day_or_a_verb_is_no_yearless_month(string text)
    {
        Assert.That(DateReader.FindYearlessMonths(text), Is.Empty);
    }

    [TestCase("On 14th December 2023 his key worker found him.")]
    [TestCase("on the 5th of May, 2021")]
    [TestCase("She was 14 months old.")]
    public void A_day_and_month_with_a_year_is_not_yearless(string text)
    {
        Assert.That(DateReader.FindYearless(text), Is.Empty);
    }

    // "on 3 and 4 May 2021", "between 5th and 7th June 2020": each day is a date of its own, so a reader
    // can take the one nearest the event, with the month and year written once after the last.
    [TestCase("She was assaulted on 3 and 4 May 2021.", "2021-05-03", "2021-05-04")]
    [TestCase("between 5th and 7th June 2020 he did not answer", "2020-06-05", "2020-06-07")]
    [TestCase("During the night of 5-6 January 2023 he was stabbed.", "2023-01-05", "2023-01-06")]
    [TestCase("visits on 2, 9 and 16 October 2019", "2019-10-02", "2019-10-09", "2019-10-16")]
    public void Each_day_of_a_list_sharing_one_month_is_a_date(string text, params string[] isos)
    {
        var found = DateReader.FindAll(text);
        Assert.That(found.Select(f => f.Date.Iso), Is.EqualTo(isos));
        Assert.That(found.Select(f => text[f.Start..f.End][..1]).All(c => char.IsDigit(c[0])), Is.True, "each span starts at its own day");
    }

    [Test]
    public void A_paragraph_number_before_a_date_is_not_a_day_of_it()
    {
        var found = DateReader.FindAll("as set out at 4.17 and 4 May 2021");
        Assert.That(found.Select(f => f.Date.Iso), Is.EqualTo(new[] { "2021-05-04" }));
    }
}
