using Ingest.Worker.Configuration;
using Ingest.Worker.Scheduling;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace Ingest.Tests.Worker.Scheduling;

/// <summary>
/// The nightly scan: "0 0 2 * * ?" in Europe/London is 02:00 on the clocks in London, GMT in winter and
/// BST in summer, including the two nights the clocks change (29 March and 25 October 2026).
/// </summary>
[TestFixture]
public sealed class ScanScheduleTests
{
    private static readonly ScheduleOptions Nightly = new(ScheduleOptions.DefaultCron, TimeZoneInfo.FindSystemTimeZoneById("Europe/London"));

    [Test]
    public void Spring_forward_moves_the_scan_from_02_00_UTC_to_01_00_UTC()
    {
        var clock = new FakeTimeProvider(Utc("2026-03-27T12:00:00"));
        var trigger = ScanSchedule.CronTrigger(Nightly, clock);

        Assert.That(FireTimes(trigger, 3), Is.EqualTo(new[]
        {
            Utc("2026-03-28T02:00:00"), // GMT
            Utc("2026-03-29T01:00:00"), // the night the clocks go forward: 02:00 BST
            Utc("2026-03-30T01:00:00"),
        }));
    }

    [Test]
    public void Fall_back_moves_the_scan_from_01_00_UTC_to_02_00_UTC_and_fires_once_that_night()
    {
        var clock = new FakeTimeProvider(Utc("2026-10-23T12:00:00"));
        var trigger = ScanSchedule.CronTrigger(Nightly, clock);

        Assert.That(FireTimes(trigger, 3), Is.EqualTo(new[]
        {
            Utc("2026-10-24T01:00:00"), // BST
            Utc("2026-10-25T02:00:00"), // the night the clocks go back: 02:00 GMT, once
            Utc("2026-10-26T02:00:00"),
        }));
    }

    [Test]
    public void First_fire_time_follows_the_given_clock_not_the_machine_clock()
    {
        var clock = new FakeTimeProvider(Utc("2030-01-15T03:00:00"));
        var trigger = ScanSchedule.CronTrigger(Nightly, clock);

        Assert.That(trigger.GetFireTimeAfter(null), Is.EqualTo(Utc("2030-01-16T02:00:00")));
    }

    [Test]
    public void Another_zone_and_expression_from_pipeline_json_are_honoured()
    {
        var clock = new FakeTimeProvider(Utc("2026-07-02T12:00:00"));
        var options = new ScheduleOptions("0 30 23 ? * MON-FRI", TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));

        // Thursday 2 July 2026 23:30 EDT is 03:30 UTC on the 3rd; Friday next; then no weekend, Monday the 6th.
        Assert.That(FireTimes(ScanSchedule.CronTrigger(options, clock), 3), Is.EqualTo(new[]
        {
            Utc("2026-07-03T03:30:00"),
            Utc("2026-07-04T03:30:00"),
            Utc("2026-07-07T03:30:00"),
        }));
    }

    private static List<DateTimeOffset> FireTimes(ITrigger trigger, int count)
    {
        var times = new List<DateTimeOffset>();
        DateTimeOffset? after = null;
        for (var i = 0; i < count; i++)
        {
            after = trigger.GetFireTimeAfter(after) ?? throw new AssertionException("the trigger stopped firing");
            times.Add(after.Value);
        }

        return times;
    }

    private static DateTimeOffset Utc(string iso) => DateTimeOffset.Parse(iso + "Z", System.Globalization.CultureInfo.InvariantCulture);
}
