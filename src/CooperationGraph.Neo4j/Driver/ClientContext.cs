using CooperationGraph.Neo4j.Bolt.Pool;
using Polly;

namespace CooperationGraph.Neo4j;

/// <summary>What sessions share: the connection provider, the retry pipeline and the defaults.</summary>
internal sealed record ClientContext(IConnectionProvider Provider, ResiliencePipeline Retry, long FetchSize, string? Database);
