using Ingest.Worker.Sources.Http;
using Microsoft.Extensions.Time.Testing;

namespace Ingest.Tests.Worker.Sources.Http;

/// <summary>The politeness delay on a fake clock: a host is asked again only after the delay; other hosts do not wait.</summary>
[TestFixture]
public sealed class HostPolitenessTests
{
    private static readonly Uri BoardA1 = new("https://board-a.example/reviews/1.pdf");
    private static readonly Uri BoardA2 = new("https://board-a.example/reviews/2.pdf");
    private static readonly Uri BoardB = new("https://board-b.example/sar.pdf");

    [Test]
    public async Task The_second_request_to_a_host_waits_for_the_delay_on_the_clock()
    {
        var clock = new FakeTimeProvider();
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(5), clock);

        await politeness.WaitTurnAsync(BoardA1, CancellationToken.None);
        var second = politeness.WaitTurnAsync(BoardA2, CancellationToken.None);
        var otherHost = politeness.WaitTurnAsync(BoardB, CancellationToken.None);

        Assert.That(otherHost.IsCompleted, Is.True, "another host is not held up");
        clock.Advance(TimeSpan.FromSeconds(4.9));
        Assert.That(second.IsCompleted, Is.False, "asked again before the delay");
        clock.Advance(TimeSpan.FromSeconds(0.1));
        await second.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(second.IsCompletedSuccessfully, Is.True);
    }

    [Test]
    public async Task Requests_queued_together_are_spaced_one_delay_apart()
    {
        var clock = new FakeTimeProvider();
        var politeness = new HostPoliteness(TimeSpan.FromSeconds(2), clock);

        var turns = Enumerable.Range(0, 3).Select(_ => politeness.WaitTurnAsync(BoardA1, CancellationToken.None)).ToList();

        Assert.That(turns.Select(t => t.IsCompleted), Is.EqualTo(new[] { true, false, false }));
        clock.Advance(TimeSpan.FromSeconds(2));
        await turns[1].WaitAsync(TimeSpan.FromSeconds(10));
        Assert.That(turns[2].IsCompleted, Is.False);
        clock.Advance(TimeSpan.FromSeconds(2));
        await turns[2].WaitAsync(TimeSpan.FromSeconds(10));
    }
}
