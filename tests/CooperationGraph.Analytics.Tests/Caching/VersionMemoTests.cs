using System.Globalization;
using System.Runtime.CompilerServices;
using CooperationGraph.Analytics.Caching;

namespace CooperationGraph.Analytics.Tests.Caching;

/// <summary>
/// The one memo of a graph version's results, whose keys come from clients' arguments: however many distinct keys are
/// asked, it keeps (and keeps reachable) at most its capacity, the most recently asked; what it answers is what the
/// computation gives.
/// </summary>
public sealed class VersionMemoTests
{
    [Fact]
    public void Many_distinct_keys_never_keep_more_than_the_capacity_and_each_answer_is_the_computation()
    {
        var memo = new VersionMemo(8);

        for (var i = 0; i < 5_000; i++)
        {
            var key = Key(i);
            Assert.Equal("value of " + key, memo.GetOrCompute(key, () => "value of " + key));
            Assert.True(memo.Count <= 8, $"{memo.Count} kept after {i + 1} keys");
        }

        Assert.Equal(8, memo.Count);
    }

    [Fact]
    public void Results_dropped_from_the_memo_are_no_longer_reachable()
    {
        var memo = new VersionMemo(4);

        var results = Fill(memo, 200);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        // An unbounded memo would hold all 200 (here 200 × 64 KB); this one holds its 4.
        Assert.Equal(4, results.Count(result => result.TryGetTarget(out _)));
        GC.KeepAlive(memo);
    }

    [Fact]
    public void A_key_asked_again_and_again_stays_while_others_come_and_go()
    {
        var memo = new VersionMemo(4);
        var computed = 0;
        object Hot()
        {
            computed++;
            return new object();
        }

        var first = memo.GetOrCompute("hot", Hot);
        for (var i = 0; i < 100; i++)
        {
            memo.GetOrCompute(Key(i), () => new object());
            Assert.Same(first, memo.GetOrCompute("hot", Hot));
        }

        Assert.Equal(1, computed);
    }

    [Fact]
    public void A_dropped_key_is_computed_again_to_an_equal_answer()
    {
        var memo = new VersionMemo(2);
        var computed = 0;
        string Compute()
        {
            computed++;
            return string.Join(',', Enumerable.Range(0, 10));
        }

        var before = memo.GetOrCompute("k", Compute);
        memo.GetOrCompute("a", () => "a");
        memo.GetOrCompute("b", () => "b");
        var after = memo.GetOrCompute("k", Compute);

        Assert.Equal(2, computed);
        Assert.Equal(before, after);
    }

    [Fact]
    public async Task Concurrent_readers_of_one_key_share_one_computation()
    {
        var memo = new VersionMemo(4);
        var computed = 0;
        using var gate = new ManualResetEventSlim();
        object Compute()
        {
            Interlocked.Increment(ref computed);
            gate.Wait(TimeSpan.FromSeconds(5));
            return new object();
        }

        var readers = Enumerable.Range(0, 8).Select(_ => Task.Run(() => memo.GetOrCompute("k", Compute))).ToList();
        await Task.Delay(50);
        gate.Set();
        var answers = await Task.WhenAll(readers);

        Assert.Equal(1, computed);
        Assert.All(answers, answer => Assert.Same(answers[0], answer));
    }

    [Fact]
    public void A_failed_computation_is_not_kept()
    {
        var memo = new VersionMemo(4);

        Assert.Throws<InvalidOperationException>(() => memo.GetOrCompute("k", () => throw new InvalidOperationException("failed")));

        Assert.Equal(0, memo.Count);
        Assert.Equal("fine", memo.GetOrCompute("k", () => "fine"));
    }

    [Fact]
    public void A_capacity_below_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new VersionMemo(0));

    // Not inlined, so that no reference to a result outlives the call in the test's own frame.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static List<WeakReference<byte[]>> Fill(VersionMemo memo, int keys)
    {
        var results = new List<WeakReference<byte[]>>();
        for (var i = 0; i < keys; i++)
        {
            results.Add(new WeakReference<byte[]>((byte[])memo.GetOrCompute(Key(i), () => new byte[64 * 1024])));
        }

        return results;
    }

    private static string Key(int i) => "key " + i.ToString(CultureInfo.InvariantCulture);
}
