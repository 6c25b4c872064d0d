using CooperationGraph.Api.Fairness;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>The lane's bounds without a host: the overall one is shared by every client, the queue beyond it refuses.</summary>
public sealed class ExpensiveOperationGateTests
{
    [Fact]
    public async Task Beyond_the_overall_bound_and_its_queue_a_client_of_its_own_is_overloaded()
    {
        using var gate = new ExpensiveOperationGate(new FairnessOptions { MaxConcurrent = 1, MaxConcurrentPerClient = 1, QueueLimit = 0 });

        var first = await gate.EnterAsync("10.0.0.1", CancellationToken.None);
        var second = await gate.EnterAsync("10.0.0.2", CancellationToken.None);

        Assert.Equal(GateOutcome.Admitted, first.Outcome);
        Assert.Equal(1, gate.Running);
        Assert.Equal(GateOutcome.Overloaded, second.Outcome);
        Assert.Null(second.Lease);

        // The refused client kept no place of its own: once the lane is free it gets in.
        first.Lease!.Dispose();
        var third = await gate.EnterAsync("10.0.0.2", CancellationToken.None);
        Assert.Equal(GateOutcome.Admitted, third.Outcome);
        third.Lease!.Dispose();
        Assert.Equal(0, gate.Running);
    }

    [Fact]
    public async Task A_queued_operation_gets_the_place_the_running_one_leaves()
    {
        using var gate = new ExpensiveOperationGate(new FairnessOptions { MaxConcurrent = 1, MaxConcurrentPerClient = 1, QueueLimit = 1 });
        var running = await gate.EnterAsync("10.0.0.1", CancellationToken.None);

        var waiting = gate.EnterAsync("10.0.0.2", CancellationToken.None).AsTask();
        var refused = await gate.EnterAsync("10.0.0.3", CancellationToken.None);

        Assert.False(waiting.IsCompleted);
        Assert.Equal(GateOutcome.Overloaded, refused.Outcome);
        running.Lease!.Dispose();
        var admitted = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(GateOutcome.Admitted, admitted.Outcome);
        Assert.Equal(1, gate.Running);
        admitted.Lease!.Dispose();
    }
}
