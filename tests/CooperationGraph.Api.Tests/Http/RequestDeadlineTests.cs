using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Http;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Http;

/// <summary>
/// The shared-timer deadlines that replace a timer per request: what the request-timeouts middleware promised
/// (cancel at the deadline, never after the request ended or the timeout was disabled, tell a timeout from a client
/// that left) with a clock the test moves.
/// </summary>
public sealed class RequestDeadlineTests
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromSeconds(1);

    private readonly SteppedClock _clock = new();

    [Fact]
    public void A_deadline_is_kept_until_it_passes_then_cancels_the_request_and_its_timeout_token()
    {
        using var deadlines = Deadlines();
        var deadline = deadlines.Start(CancellationToken.None);
        var timeoutToken = deadline.RequestTimeoutToken;

        _clock.Advance(s_timeout - TimeSpan.FromMilliseconds(1));
        deadlines.ExpireOverdue();
        Assert.False(deadline.Token.IsCancellationRequested);

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        deadlines.ExpireOverdue();
        Assert.True(Eventually(() => deadline.Token.IsCancellationRequested));
        Assert.True(deadline.HasExpired);
        Assert.True(timeoutToken.IsCancellationRequested);
    }

    [Fact]
    public void The_timeout_token_asked_for_after_the_expiry_is_cancelled()
    {
        using var deadlines = Deadlines();
        var deadline = deadlines.Start(CancellationToken.None);

        _clock.Advance(s_timeout);
        deadlines.ExpireOverdue();

        Assert.True(Eventually(() => deadline.HasExpired));
        Assert.True(deadline.RequestTimeoutToken.IsCancellationRequested);
    }

    [Fact]
    public void Only_the_overdue_requests_are_cancelled_in_order_of_their_start()
    {
        using var deadlines = Deadlines();
        var first = deadlines.Start(CancellationToken.None);
        _clock.Advance(TimeSpan.FromMilliseconds(600));
        var second = deadlines.Start(CancellationToken.None);
        var third = deadlines.Start(CancellationToken.None);
        third.Finish();

        _clock.Advance(TimeSpan.FromMilliseconds(500));
        deadlines.ExpireOverdue();
        Assert.True(Eventually(() => first.Token.IsCancellationRequested));
        Assert.False(second.Token.IsCancellationRequested);

        _clock.Advance(TimeSpan.FromMilliseconds(600));
        deadlines.ExpireOverdue();
        Assert.True(Eventually(() => second.Token.IsCancellationRequested));
        Assert.False(third.Token.IsCancellationRequested);
        Assert.False(third.HasExpired);
    }

    [Fact]
    public void A_disabled_or_finished_deadline_never_fires()
    {
        using var deadlines = Deadlines();
        var disabled = deadlines.Start(CancellationToken.None);
        var finished = deadlines.Start(CancellationToken.None);

        disabled.DisableTimeout();
        finished.Finish();
        _clock.Advance(s_timeout * 3);
        deadlines.ExpireOverdue();
        // A later deadline, expired by the same kind of tick, shows the pool has run what the tick queued.
        var witness = deadlines.Start(CancellationToken.None);
        _clock.Advance(s_timeout);
        deadlines.ExpireOverdue();
        Assert.True(Eventually(() => witness.HasExpired));

        Assert.False(disabled.Token.IsCancellationRequested);
        Assert.False(disabled.RequestTimeoutToken.IsCancellationRequested);
        Assert.False(finished.Token.IsCancellationRequested);
    }

    [Fact]
    public void A_client_that_leaves_cancels_the_request_but_is_not_a_timeout()
    {
        using var deadlines = Deadlines();
        using var client = new CancellationTokenSource();
        var deadline = deadlines.Start(client.Token);

        client.Cancel();

        Assert.True(deadline.Token.IsCancellationRequested);
        Assert.False(deadline.HasExpired);
        Assert.False(deadline.RequestTimeoutToken.IsCancellationRequested);
    }

    [Fact]
    public void After_the_request_the_client_token_no_longer_reaches_it()
    {
        using var deadlines = Deadlines();
        using var client = new CancellationTokenSource();
        var deadline = deadlines.Start(client.Token);

        deadline.Finish();
        client.Cancel();

        Assert.False(deadline.Token.IsCancellationRequested);
    }

    [Theory]
    [InlineData(200, 20)]
    [InlineData(30_000, 50)]
    [InlineData(20, 5)]
    public void The_deadlines_are_checked_often_enough_for_a_small_margin(int timeoutMs, int tickMs)
    {
        using var deadlines = Deadlines(TimeSpan.FromMilliseconds(timeoutMs));

        Assert.Equal(TimeSpan.FromMilliseconds(tickMs), deadlines.Tick);
    }

    [Fact]
    public async Task The_shared_timer_cancels_a_request_soon_after_its_deadline_on_the_real_clock()
    {
        using var deadlines = new RequestDeadlines(
            Options.Create(new RequestLimitOptions { RequestTimeout = TimeSpan.FromMilliseconds(100) }),
            TimeProvider.System, NullLogger<RequestDeadlines>.Instance);
        var started = TimeProvider.System.GetTimestamp();
        var deadline = deadlines.Start(CancellationToken.None);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Delay(TimeSpan.FromSeconds(30), deadline.Token));

        Assert.InRange(TimeProvider.System.GetElapsedTime(started), TimeSpan.FromMilliseconds(90), TimeSpan.FromSeconds(5));
        Assert.True(deadline.HasExpired);
    }

    // Expiry runs on the thread pool.
    private static bool Eventually(Func<bool> condition) => SpinWait.SpinUntil(condition, TimeSpan.FromSeconds(10));

    private RequestDeadlines Deadlines(TimeSpan? timeout = null) => new(
        Options.Create(new RequestLimitOptions { RequestTimeout = timeout ?? s_timeout }), _clock, NullLogger<RequestDeadlines>.Instance);

    /// <summary>Timestamps the test moves by hand; its timers never fire, so only the test expires deadlines.</summary>
    private sealed class SteppedClock : TimeProvider
    {
        private long _ticks = TimeSpan.FromDays(1).Ticks;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Read(ref _ticks);

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period) =>
            System.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);

        public void Advance(TimeSpan by) => Interlocked.Add(ref _ticks, by.Ticks);
    }
}
