using CooperationGraph.Api.DataLoading;

namespace CooperationGraph.Api.Tests.Schema;

public sealed class BatchLoaderTests
{
    [Fact]
    public async Task Keys_queued_together_are_fetched_in_one_call_and_cached()
    {
        var calls = new List<IReadOnlyList<int>>();
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, string>(scheduler, (keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(key => key != 3).ToDictionary(key => key, key => $"#{key}"));
        });

        var loads = new[] { loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1), loader.LoadAsync(3) };
        var values = await Task.WhenAll(loads);

        Assert.Equal(new string?[] { "#1", "#2", "#1", null }, values);
        Assert.Equal([1, 2, 3], Assert.Single(calls));
        Assert.Equal("#2", await loader.LoadAsync(2));
        Assert.Single(calls);
    }

    [Fact]
    public async Task Loads_made_by_continuations_of_a_round_join_the_next_round()
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        var fetches = new List<int>();
        var loader = new BatchLoader<int, int>(scheduler, (keys, _) =>
        {
            lock (fetches)
            {
                fetches.Add(keys.Count);
            }

            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key, key => key * 10));
        });
        // As under the executor: a root query completes in a round, its continuation starts 20 loads (one level),
        // and each of those leads to another load (the next level).
        var roots = new DeferredQuery<int[]>(_ => Task.FromResult(Enumerable.Range(1, 20).ToArray()));
        var chains = TwoLevelsAsync(roots.Result, loader);
        scheduler.Enqueue(roots);

        var results = await chains;

        Assert.Equal(Enumerable.Range(1, 20).Select(key => key * 100), results);
        // The second level asks for 10, 20 … 200; 10 and 20 were cached by the first, so 18 keys are fetched.
        Assert.Equal([20, 18], fetches);
        Assert.Equal(3, scheduler.Rounds);
    }

    private static async Task<int[]> TwoLevelsAsync(Task<int[]> roots, BatchLoader<int, int> loader)
    {
        var keys = await roots.ConfigureAwait(false);
        var chains = keys.Select(async key => await loader.LoadAsync(await loader.LoadAsync(key).ConfigureAwait(false)).ConfigureAwait(false));
        return await Task.WhenAll(chains).ConfigureAwait(false);
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_waiter_of_the_batch()
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, int>(scheduler, (_, _) => Task.FromException<IReadOnlyDictionary<int, int>>(new InvalidOperationException("store down")));
        var first = loader.LoadAsync(1);
        var second = loader.LoadAsync(2);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => first)).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => second);
    }
}
