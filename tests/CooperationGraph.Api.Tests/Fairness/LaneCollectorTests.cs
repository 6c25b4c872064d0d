using CooperationGraph.Api.Fairness;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// The expensive lane collects its garbage between operations, once they have allocated
/// <c>Fairness:CollectAfterBytes</c> since the last gen0 collection, instead of leaving the collection to fall in the
/// middle of the next operation.
/// </summary>
public sealed class LaneCollectorTests
{
    private int _runtimeCollections;
    private int _laneCollections;

    [Fact]
    public void The_lane_collects_once_its_operations_have_allocated_the_threshold()
    {
        var collector = Collector(collectAfterBytes: 10);

        Assert.False(collector.OperationAnswered(4));
        Assert.False(collector.OperationAnswered(4));
        Assert.True(collector.OperationAnswered(4));
        Assert.Equal(1, _laneCollections);

        // Counting starts again after the lane's own collection.
        Assert.False(collector.OperationAnswered(9));
        Assert.Equal(1, _laneCollections);
    }

    [Fact]
    public void A_collection_in_between_starts_the_count_again()
    {
        var collector = Collector(collectAfterBytes: 10);

        Assert.False(collector.OperationAnswered(8));
        _runtimeCollections++;
        Assert.False(collector.OperationAnswered(8));
        Assert.True(collector.OperationAnswered(2));
        Assert.Equal(1, _laneCollections);
    }

    [Fact]
    public void Zero_leaves_the_collections_to_the_runtime()
    {
        var collector = Collector(collectAfterBytes: 0);

        Assert.False(collector.OperationAnswered(long.MaxValue));
        Assert.Equal(0, _laneCollections);
    }

    [Fact]
    public async Task An_operation_on_the_lane_is_collected_after_its_answer_on_the_lane_thread()
    {
        var collected = new TaskCompletionSource<(string? Thread, bool Answered)>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task<int>? answering = null;
        var collector = new LaneCollector(1024 * 1024, () => 0, () => collected.TrySetResult((Thread.CurrentThread.Name, answering?.IsCompleted == true)));

        using var assigned = new ManualResetEventSlim();
        answering = LaneThread.Run(() =>
        {
            assigned.Wait();
            return Task.FromResult(Allocate(4 * 1024 * 1024));
        }, collector, LanePriority.Idle);
        assigned.Set();

        Assert.Equal(4 * 1024 * 1024, await answering.WaitAsync(TimeSpan.FromSeconds(10)));
        var (thread, answered) = await collected.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("expensive lane", thread);
        Assert.True(answered);
    }

    private LaneCollector Collector(long collectAfterBytes) =>
        new(collectAfterBytes, () => _runtimeCollections, () => _laneCollections++);

    // Many small arrays, as an execution allocates: each one counts on the allocating thread.
    private static int Allocate(int bytes)
    {
        var kept = new List<byte[]>();
        for (var total = 0; total < bytes; total += 1024)
        {
            kept.Add(new byte[1024]);
        }

        return kept.Count * 1024;
    }
}
