using CooperationGraph.Api.Fairness;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>The heap's growth goes back to the system once the lane has been idle long enough, and only then.</summary>
public sealed class LaneTrimmerTests
{
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(5);

    [Fact]
    public void It_trims_once_after_the_last_operation_has_been_over_for_the_idle_time()
    {
        var (clock, trimmer, trims) = Trimmer();
        trimmer.OperationStarted();
        trimmer.OperationEnded();

        clock.Advance(Idle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, trims.Count);

        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, trims.Count);
        Assert.Equal(1, trimmer.Trims);

        clock.Advance(Idle * 3);
        Assert.Equal(1, trims.Count);
    }

    [Fact]
    public void An_operation_that_starts_meanwhile_puts_it_off_until_the_lane_is_idle_again()
    {
        var (clock, trimmer, trims) = Trimmer();
        trimmer.OperationStarted();
        trimmer.OperationEnded();
        clock.Advance(Idle / 2);

        trimmer.OperationStarted();
        clock.Advance(Idle);
        Assert.Equal(0, trims.Count);

        trimmer.OperationEnded();
        clock.Advance(Idle - TimeSpan.FromMilliseconds(1));
        Assert.Equal(0, trims.Count);
        clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal(1, trims.Count);
    }

    [Fact]
    public void Two_operations_at_once_wait_for_both()
    {
        var (clock, trimmer, trims) = Trimmer();
        trimmer.OperationStarted();
        trimmer.OperationStarted();
        trimmer.OperationEnded();
        clock.Advance(Idle * 2);
        Assert.Equal(0, trims.Count);

        trimmer.OperationEnded();
        clock.Advance(Idle);
        Assert.Equal(1, trims.Count);
    }

    [Fact]
    public void Zero_never_trims()
    {
        var clock = new ManualClock();
        var trims = new Counter();
        using var trimmer = new LaneTrimmer(TimeSpan.Zero, clock, trims.Increment);
        trimmer.OperationStarted();
        trimmer.OperationEnded();
        clock.Advance(TimeSpan.FromHours(2));

        Assert.Equal(0, trims.Count);
    }

    private static (ManualClock Clock, LaneTrimmer Trimmer, Counter Trims) Trimmer()
    {
        var clock = new ManualClock();
        var trims = new Counter();
        return (clock, new LaneTrimmer(Idle, clock, trims.Increment), trims);
    }
}
