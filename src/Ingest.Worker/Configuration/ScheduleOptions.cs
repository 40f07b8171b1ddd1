using Ingest.Core.Configuration;
using Quartz;

namespace Ingest.Worker.Configuration;

/// <summary>When the sources are scanned (pipeline.json "Schedule"): a Quartz cron expression in a named time zone.</summary>
public sealed record ScheduleOptions(string Cron, TimeZoneInfo TimeZone)
{
    /// <summary>Nightly at 02:00, UK time (the clock changes at 01:00/02:00, so 02:00 always exists once).</summary>
    public const string DefaultCron = "0 0 2 * * ?";

    public const string DefaultTimeZone = "Europe/London";

    public static ScheduleOptions Read(JsonSection s)
    {
        var cron = s.String("Cron", DefaultCron)!;
        var zoneId = s.String("TimeZone", DefaultTimeZone)!;
        s.RejectUnknown();
        try
        {
            CronExpression.Parse(cron);
        }
        catch (FormatException e)
        {
            throw new ConfigurationException($"{s.Path}.Cron", $"'{cron}' is not a Quartz cron expression (seconds minutes hours day-of-month month day-of-week, e.g. \"{DefaultCron}\"): {e.Message}");
        }

        TimeZoneInfo zone;
        try
        {
            zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            throw new ConfigurationException($"{s.Path}.TimeZone", $"unknown time zone '{zoneId}' (an IANA name such as \"{DefaultTimeZone}\"; Debian's tzdata package provides them)");
        }

        return new ScheduleOptions(cron, zone);
    }
}
