using CooperationGraph.Api.Tests.Infrastructure;

namespace CooperationGraph.Api.Tests.Clients;

/// <summary>The real host over a copy of the seeded database, on Kestrel at 127.0.0.1, shared by a class's tests.</summary>
public sealed class LoopbackHost : IDisposable
{
    private readonly ApiHostFactory _factory = new ApiHostFactory().With("RateLimiting:Enabled", "false");

    public LoopbackHost() => GraphQLUrl = LoopbackServer.Start(_factory) + "/graphql";

    /// <summary>The GraphQL endpoint, <c>http://127.0.0.1:PORT/graphql</c>.</summary>
    public string GraphQLUrl { get; }

    public void Dispose() => _factory.Dispose();
}
