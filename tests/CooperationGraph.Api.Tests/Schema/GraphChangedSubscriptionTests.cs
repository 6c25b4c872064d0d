using System.Text.Json;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Storage;
using CooperationGraph.GraphQL;
using CooperationGraph.Seeding;
using CooperationGraph.Storage;

namespace CooperationGraph.Api.Tests.Schema;

[Collection(SeededGraphCollection.Name)]
public sealed class GraphChangedSubscriptionTests(SeededGraph graph)
{
    [Fact]
    public async Task A_committed_write_reaches_the_subscriber()
    {
        var directory = Path.Combine(Path.GetTempPath(), "cg-api-subscription-" + Guid.NewGuid().ToString("N"));
        var store = await SqliteGraphStore.OpenAsync(new SqliteGraphStoreOptions { DatabasePath = Path.Combine(directory, "graph.db") });
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            var stream = graph.Engine.SubscribeAsync(
                new GraphQLRequest("subscription { graphChanged { version kind upsertedNodeIds } }"), new GraphLoaders(store), timeout.Token);
            await using var events = stream.GetAsyncEnumerator(timeout.Token);
            var first = events.MoveNextAsync();
            while (store.Changes.SubscriberCount == 0)
            {
                await Task.Delay(10, timeout.Token);
            }

            var snapshot = SeedLoader.Load(ContentPaths.Resolve("seed-data", Directory.GetCurrentDirectory()), graph.Model);
            var outcome = await store.ReplaceAllAsync(snapshot, timeout.Token);

            Assert.True(await first);
            var change = JsonDocument.Parse(events.Current.ToJson()).RootElement.GetProperty("data").GetProperty("graphChanged");
            Assert.Equal(outcome.Version, change.GetProperty("version").GetInt64());
            Assert.Equal("REPLACED", change.GetProperty("kind").GetString());
            Assert.Equal(0, change.GetProperty("upsertedNodeIds").GetArrayLength());
        }
        finally
        {
            await store.DisposeAsync();
            Directory.Delete(directory, recursive: true);
        }
    }
}
