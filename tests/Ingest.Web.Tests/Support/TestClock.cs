namespace Ingest.Web.Tests.Support;

/// <summary>A clock the test moves by hand (lock-outs run out without waiting 15 minutes).</summary>
internal sealed class TestClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
