using System.Diagnostics;
using CooperationGraph.Domain.Store;
using CooperationGraph.Storage.Imaging;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Storage.Tests;

/// <summary>
/// A process killed while seeding leaves the old graph or the complete new one, never a mixture: a child process
/// seeds a large snapshot over the contract graph and is killed mid-way; the parent reopens the database.
/// </summary>
public sealed class KillDuringSeedingTests : IDisposable
{
    private const int LargeNodeCount = 20_000;
    private static readonly TimeSpan ChildTimeout = TimeSpan.FromSeconds(90);
    private readonly TemporaryDatabase _database = new();

    [Fact]
    public async Task KilledInsideTheSeedTransaction_LeavesTheOldGraphIntact()
    {
        var oldVersion = await SeedContractGraphAsync();
        using var child = StartChild(SeedChild.BlockMode);

        await WaitForLineAsync(child, SeedChild.ParkedLine);
        var walBytes = new FileInfo(_database.Path + "-wal").Length;
        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(ChildTimeout), "the child did not exit after Kill");

        // The child had written uncommitted pages to the WAL: the kill interrupted real work, not an idle process.
        Assert.True(walBytes > 0, "the WAL was empty when the child was killed");
        await using var reopened = await SqliteGraphStore.OpenAsync(_database.Options);
        GraphAssert.SnapshotEqual(ContractGraph.Snapshot, await reopened.ExportAsync());
        Assert.Equal(oldVersion, (await reopened.GetStatisticsAsync()).Version);
        Assert.Equal("org:gxu", (await reopened.SearchAsync(new SearchQuery("广西大学"))).First().Node.Id);
    }

    [Fact]
    public async Task KilledAtAnArbitraryMoment_LeavesTheOldGraphOrTheCompleteNewOne()
    {
        var oldVersion = await SeedContractGraphAsync();
        using var child = StartChild(SeedChild.FreeMode);

        await WaitForLineAsync(child, SeedChild.StartedLine);
        await Task.Delay(Random.Shared.Next(0, 400));
        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(ChildTimeout), "the child did not exit after Kill");

        await using var reopened = await SqliteGraphStore.OpenAsync(_database.Options);
        var statistics = await reopened.GetStatisticsAsync();
        var exported = await reopened.ExportAsync();
        if (statistics.Version == oldVersion)
        {
            GraphAssert.SnapshotEqual(ContractGraph.Snapshot, exported);
        }
        else
        {
            Assert.Equal(oldVersion + 1, statistics.Version);
            Assert.Equal(GraphSnapshotHash.Compute(LargeSnapshot.Build(LargeNodeCount)), GraphSnapshotHash.Compute(exported));
        }
    }

    [Fact]
    public async Task KilledWhileWritingTheImage_TheStoreRebuildsFromTheDatabase()
    {
        var oldVersion = await SeedContractGraphAsync();
        var imagePath = GraphImage.PathOf(_database.Path);
        using var child = StartChild(SeedChild.ImageMode);

        await WaitForLineAsync(child, SeedChild.ParkedLine);
        child.Kill(entireProcessTree: true);
        Assert.True(child.WaitForExit(ChildTimeout), "the child did not exit after Kill");

        // The seed committed; its image was half-written to a temporary file and never renamed, so the image beside the
        // database still shows the old graph: stale, and ignored.
        var partial = File.ReadAllBytes(imagePath + ".tmp");
        await using (var reopened = await OpenAsync())
        {
            Assert.False(reopened.LoadedFromImage);
            Assert.Equal(oldVersion + 1, (await reopened.GetStatisticsAsync()).Version);
            Assert.Equal(GraphSnapshotHash.Compute(LargeSnapshot.Build(LargeNodeCount)), GraphSnapshotHash.Compute(await reopened.ExportAsync()));
        }

        // Had the partial file taken the image's place, it would be refused too.
        File.WriteAllBytes(imagePath, partial);
        await using (var reopened = await OpenAsync())
        {
            Assert.False(reopened.LoadedFromImage);
            Assert.Equal(LargeNodeCount, (await reopened.GetStatisticsAsync()).NodeCount);
        }

        await using var healed = await OpenAsync();
        Assert.True(healed.LoadedFromImage);
    }

    public void Dispose() => _database.Dispose();

    private async Task<EmbeddedGraphStore> OpenAsync() => (EmbeddedGraphStore)await SqliteGraphStore.OpenAsync(_database.Options);

    private async Task<long> SeedContractGraphAsync()
    {
        await using var store = await SqliteGraphStore.OpenAsync(_database.Options);
        return (await store.ReplaceAllAsync(ContractGraph.Snapshot)).Version;
    }

    private Process StartChild(string mode)
    {
        var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } path ? path : "dotnet";
        var start = new ProcessStartInfo(host)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", typeof(SeedChild).Assembly.Location, SeedChild.Verb, _database.Path, LargeNodeCount.ToString(System.Globalization.CultureInfo.InvariantCulture), mode })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("The seeding child did not start.");
    }

    private static async Task WaitForLineAsync(Process child, string prefix)
    {
        using var timeout = new CancellationTokenSource(ChildTimeout);
        try
        {
            while (await child.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
            {
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return;
                }

                Assert.False(line.StartsWith(SeedChild.DoneLine, StringComparison.Ordinal), "the child finished before the expected point");
            }
        }
        catch (OperationCanceledException)
        {
            child.Kill(entireProcessTree: true);
            throw;
        }

        var error = await child.StandardError.ReadToEndAsync(timeout.Token);
        Assert.Fail($"The child ended without printing '{prefix}': {error}");
    }
}
