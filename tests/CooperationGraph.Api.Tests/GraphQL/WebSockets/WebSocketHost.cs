using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Domain.Store;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationGraph.Api.Tests.GraphQL.WebSockets;

/// <summary>
/// The real host over a copy of the seeded database on Kestrel at 127.0.0.1, with small WebSocket limits so that
/// every rule can be reached quickly: a second to initialise, three operations per socket, 4 KiB messages.
/// </summary>
public sealed class WebSocketHost : IDisposable
{
    public const int MaxOperations = 3;
    public const int MaxMessageBytes = 4096;

    private const string UnchangedNodeId = "org:gx-dost";

    private readonly ApiHostFactory _factory;

    public WebSocketHost()
        : this(static factory => factory)
    {
    }

    private WebSocketHost(Func<ApiHostFactory, ApiHostFactory> configure)
    {
        _factory = configure(new ApiHostFactory()
            .With("RateLimiting:Enabled", "false")
            .With("WebSockets:ConnectionInitTimeout", "00:00:01")
            .With("WebSockets:MaxOperationsPerSocket", MaxOperations.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .With("WebSockets:MaxMessageBytes", MaxMessageBytes.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        GraphQLUrl = LoopbackServer.Start(_factory) + "/graphql";
    }

    /// <summary>The GraphQL endpoint, <c>http://127.0.0.1:PORT/graphql</c>.</summary>
    public string GraphQLUrl { get; }

    public IGraphStore Store => _factory.Services.GetRequiredService<IGraphStore>();

    public IServiceProvider Services => _factory.Services;

    public InMemoryLogSink Logs => _factory.Logs;

    /// <summary>A host of its own with further settings (introspection off, a low cost limit…).</summary>
    public static WebSocketHost With(params (string Key, string Value)[] settings) => new(factory =>
    {
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }
        return factory;
    });

    /// <summary>
    /// Writes a change to the graph every 50 ms while something subscribes to the change feed, until
    /// <paramref name="stop"/>; returns the versions written. Writing again and again, a subscriber that arrives
    /// late still sees a change, whoever else subscribed first.
    /// </summary>
    public async Task<List<long>> KeepWritingAsync(CancellationToken stop)
    {
        var versions = new List<long>();
        try
        {
            while (true)
            {
                if (Store.Changes.SubscriberCount > 0)
                {
                    // The same node again: a write (a new version, published) that changes nothing a test reads.
                    var nodes = await Store.GetNodesAsync([UnchangedNodeId], CancellationToken.None);
                    var change = await Store.ApplyAsync(new GraphChangeSet(UpsertNodes: [nodes[UnchangedNodeId]]), CancellationToken.None);
                    versions.Add(change.Version);
                }
                await Task.Delay(50, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            return versions;
        }
    }

    public void Dispose() => _factory.Dispose();
}
