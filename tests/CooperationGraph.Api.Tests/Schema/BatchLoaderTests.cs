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

        // As the endpoint runs an execution: everything queued before it yields is one round.
        var values = await scheduler.RunAsync(() => Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(2), loader.LoadAsync(1), loader.LoadAsync(3)));

        Assert.Equal(new string?[] { "#1", "#2", "#1", null }, values);
        Assert.Equal([1, 2, 3], Assert.Single(calls));
        Assert.Equal("#2", await loader.LoadAsync(2));
        Assert.Single(calls);
    }

    [Fact]
    public async Task Released_values_are_fetched_again()
    {
        var fetched = new List<int>();
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, string>(scheduler, (keys, _) =>
        {
            fetched.AddRange(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"#{key}"));
        });
        Assert.Equal("#1", await scheduler.RunAsync(() => loader.LoadAsync(1)));

        loader.Release();

        Assert.Equal("#1", await scheduler.RunAsync(() => loader.LoadAsync(1)));
        Assert.Equal([1, 1], fetched);
    }

    [Fact]
    public async Task Keys_queued_in_a_held_pass_form_one_batch_however_busy_the_thread_pool()
    {
        // The race this guards against: a round started from the pool while keys are still being queued. Each run
        // queues its keys from pool threads competing with busy work, so a dispatch that did not wait for the
        // release would split the batch in some of the runs.
        using var busy = new CancellationTokenSource();
        var spinners = Enumerable.Range(0, Environment.ProcessorCount)
            .Select(_ => Task.Run(() => { while (!busy.IsCancellationRequested) { Thread.SpinWait(1_000); } }))
            .ToArray();
        try
        {
            var runs = await Task.WhenAll(Enumerable.Range(0, 300).Select(run => Task.Run(() => OneHeldPassAsync(run))));
            Assert.All(runs, fetches => Assert.Equal([50], fetches));
        }
        finally
        {
            await busy.CancelAsync();
            await Task.WhenAll(spinners);
        }
    }

    private static async Task<List<int>> OneHeldPassAsync(int run)
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        var fetches = new List<int>();
        var loader = new BatchLoader<int, int>(scheduler, (keys, _) =>
        {
            lock (fetches)
            {
                fetches.Add(keys.Count);
            }

            return Task.FromResult<IReadOnlyDictionary<int, int>>(keys.ToDictionary(key => key, key => key + run));
        });
        var values = await scheduler.RunAsync(() =>
        {
            var loads = new List<Task<int>>();
            for (var key = 0; key < 50; key++)
            {
                loads.Add(loader.LoadAsync(key));
                if (key % 10 == 0)
                {
                    // Give a pool-started dispatch every chance to slip in between the keys.
                    Thread.Yield();
                }
            }

            return Task.WhenAll(loads);
        });
        Assert.Equal(Enumerable.Range(run, 50), values);
        Assert.Equal(1, scheduler.Rounds);
        return fetches;
    }

    [Fact]
    public async Task Every_caller_of_a_key_resumes_inline_when_the_round_completes()
    {
        // A task awaited more than once runs only its first continuation inline and queues the others to the thread
        // pool: a hub node reached by many relations would spread one execution over every pool thread.
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, string>(scheduler, (keys, _) =>
            Task.FromResult<IReadOnlyDictionary<int, string>>(keys.ToDictionary(key => key, key => $"#{key}")));
        var dispatcher = Environment.CurrentManagedThreadId;
        var resumedOn = new List<int>();

        var all = scheduler.RunAsync(() => Task.WhenAll(Enumerable.Range(0, 100).Select(_ => ResumeAsync())));

        // The round ran inside RunAsync's synchronous part, on this thread, and every continuation with it.
        Assert.True(all.IsCompletedSuccessfully);
        Assert.Equal(Enumerable.Repeat(dispatcher, 100), resumedOn);
        Assert.All(await all, value => Assert.Equal("#7", value));

        async Task<string?> ResumeAsync()
        {
            var value = await loader.LoadAsync(7).ConfigureAwait(false);
            lock (resumedOn)
            {
                resumedOn.Add(Environment.CurrentManagedThreadId);
            }

            return value;
        }
    }

    [Fact]
    public async Task A_failed_fetch_fails_every_caller_of_its_keys_and_stays_cached()
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        var fetches = 0;
        var loader = new BatchLoader<int, string>(scheduler, (_, _) =>
        {
            fetches++;
            return Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("store down"));
        });

        var loads = scheduler.RunAsync(() => Task.WhenAll(loader.LoadAsync(1), loader.LoadAsync(1), loader.LoadAsync(2)));

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => loads)).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1))).Message);
        Assert.Equal(1, fetches);
    }

    [Fact]
    public async Task A_held_pass_that_queues_nothing_dispatches_no_round()
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        Assert.Equal(7, await scheduler.RunAsync(() => Task.FromResult(7)));
        Assert.Equal(0, scheduler.Rounds);
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

    [Fact]
    public async Task Value_and_object_loads_join_the_same_batch_and_read_loaded_keys_without_waiting()
    {
        var calls = new List<IReadOnlyList<int>>();
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, string>(scheduler, (keys, _) =>
        {
            calls.Add(keys);
            return Task.FromResult<IReadOnlyDictionary<int, string>>(keys.Where(key => key != 3).ToDictionary(key => key, key => $"#{key}"));
        });

        var values = await scheduler.RunAsync(async () =>
        {
            var asTask = loader.LoadAsync(1);
            var asValue = loader.LoadValueAsync(2);
            var asObject = loader.LoadObjectAsync(1);
            var missing = loader.LoadObjectAsync(3);
            Assert.False(asObject.IsCompleted);
            return new object?[] { await asTask, await asValue, await asObject, await missing };
        });

        Assert.Equal(new object?[] { "#1", "#2", "#1", null }, values);
        Assert.Equal([1, 2, 3], Assert.Single(calls));
        var loadedValue = loader.LoadValueAsync(1);
        var loadedObject = loader.LoadObjectAsync(2);
        Assert.True(loadedValue.IsCompletedSuccessfully);
        Assert.True(loadedObject.IsCompletedSuccessfully);
        Assert.Equal("#1", await loadedValue);
        Assert.Equal("#2", await loadedObject);
        Assert.Equal("#2", await loader.LoadAsync(2));
        Assert.Single(calls);
    }

    [Fact]
    public async Task A_failed_fetch_fails_value_and_object_loads_while_waiting_and_after()
    {
        var scheduler = new BatchScheduler(CancellationToken.None);
        var loader = new BatchLoader<int, string>(scheduler, (_, _) =>
            Task.FromException<IReadOnlyDictionary<int, string>>(new InvalidOperationException("store down")));

        var waiting = scheduler.RunAsync(() => loader.LoadObjectAsync(1).AsTask());

        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => waiting)).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadObjectAsync(1).AsTask())).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadValueAsync(1).AsTask())).Message);
        Assert.Equal("store down", (await Assert.ThrowsAsync<InvalidOperationException>(() => loader.LoadAsync(1))).Message);
    }
}
