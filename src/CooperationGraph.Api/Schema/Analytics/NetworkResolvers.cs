using System.Globalization;
using CooperationGraph.Analytics;
using CooperationGraph.Analytics.Caching;
using CooperationGraph.Analytics.Centrality;
using CooperationGraph.Analytics.Communities;
using CooperationGraph.Analytics.Gaps;
using CooperationGraph.Analytics.Projection;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Analytics;

/// <summary>Binds <c>centrality</c>, <c>communities</c> and <c>brokers</c>; each result is cached per graph version and options.</summary>
internal static class NetworkResolvers
{
    public static void Bind(SchemaBindings bindings, AnalyticsContext analytics)
    {
        bindings.Resolve("Query", "centrality", context =>
        {
            var measure = context.GetArgument<string>("measure")!;
            var projection = AnalyticsArguments.Projection(context);
            var first = AnalyticsArguments.RankedFirst.Read(context);
            var damping = AnalyticsArguments.Damping.Read(context);
            var samples = AnalyticsArguments.Samples.ReadOptional(context);
            var seed = AnalyticsArguments.SamplingSeed.Read(context);
            return analytics.RunAsync(context, graph =>
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"centrality|{measure}|{AnalysedGraph.Key(projection)}|{damping}|{samples}|{seed}");
                var scores = graph.Result(key, () => Centrality(graph.Projection(projection), measure, damping, samples, seed));
                return scores.Top(first).Select(pair => new ScoredEntity(pair.Key, pair.Value)).ToList();
            });
        });
        bindings.Resolve("Query", "communities", context =>
        {
            var algorithm = AnalyticsArguments.Algorithm.Read(context);
            var projection = AnalyticsArguments.Projection(context);
            var options = new CommunityOptions
            {
                Resolution = AnalyticsArguments.Resolution.Read(context),
                Seed = AnalyticsArguments.VisitingSeed.Read(context),
            };
            return analytics.RunAsync(context, graph =>
            {
                var key = string.Create(CultureInfo.InvariantCulture, $"communities|{algorithm}|{AnalysedGraph.Key(projection)}|{options.Resolution}|{options.Seed}");
                var partition = graph.Result(key, () =>
                {
                    var projected = graph.Projection(projection);
                    return algorithm == "LEIDEN" ? NetworkAnalytics.Leiden(projected, options) : NetworkAnalytics.Louvain(projected, options);
                });
                return new Partition(algorithm, partition, graph.Projection(projection).NodeIds);
            });
        });
        bindings.Resolve("Query", "brokers", context =>
        {
            var projection = AnalyticsArguments.Projection(context);
            var first = AnalyticsArguments.RankedFirst.Read(context);
            return analytics.RunAsync(context, graph =>
                graph.Result("brokers|" + AnalysedGraph.Key(projection), () => Brokers(graph, projection)).Take(first).ToList());
        });
        bindings.Resolve("EntityScore", "id", context => ((ScoredEntity)context.Source!).Id)
            .Resolve("EntityScore", "entity", async context => await GraphLoaders.From(context).NodeAsync(((ScoredEntity)context.Source!).Id).ConfigureAwait(false))
            .Resolve("EntityScore", "score", context => Finite(((ScoredEntity)context.Source!).Score));
        bindings.Resolve("CommunityPartition", "algorithm", context => ((Partition)context.Source!).Algorithm)
            .Resolve("CommunityPartition", "modularity", context => ((Partition)context.Source!).Result.Modularity)
            .Resolve("CommunityPartition", "count", context => ((Partition)context.Source!).Result.CommunityCount)
            .Resolve("CommunityPartition", "communities", context =>
                ((Partition)context.Source!).Communities().Take(AnalyticsArguments.RankedFirst.Read(context)).ToList());
        bindings.Resolve("Community", "id", context => ((CommunityView)context.Source!).Id)
            .Resolve("Community", "size", context => ((CommunityView)context.Source!).MemberIds.Count)
            .Resolve("Community", "memberIds", context => ((CommunityView)context.Source!).MemberIds)
            .Resolve("Community", "members", async context =>
            {
                var loaders = GraphLoaders.From(context);
                var nodes = await Task.WhenAll(((CommunityView)context.Source!).MemberIds.Select(loaders.NodeAsync)).ConfigureAwait(false);
                return (object?)nodes.OfType<GraphNode>().ToList();
            });
        bindings.Resolve("Broker", "id", context => Broker(context).Id)
            .Resolve("Broker", "entity", async context => await GraphLoaders.From(context).NodeAsync(Broker(context).Id).ConfigureAwait(false))
            .Resolve("Broker", "bloc", context => Broker(context).Bloc)
            .Resolve("Broker", "constraint", context => Finite(Broker(context).Constraint))
            .Resolve("Broker", "effectiveSize", context => Finite(Broker(context).EffectiveSize))
            .Resolve("Broker", "coordinator", context => Broker(context).Roles.Coordinator)
            .Resolve("Broker", "gatekeeper", context => Broker(context).Roles.Gatekeeper)
            .Resolve("Broker", "representative", context => Broker(context).Roles.Representative)
            .Resolve("Broker", "itinerant", context => Broker(context).Roles.Itinerant)
            .Resolve("Broker", "liaison", context => Broker(context).Roles.Liaison)
            .Resolve("Broker", "total", context => Broker(context).Roles.Total);
    }

    private static NodeScores Centrality(GraphProjection graph, string measure, double damping, int? samples, int seed) => measure switch
    {
        "PAGERANK" => NetworkAnalytics.PageRank(graph, new PageRankOptions { Damping = damping }),
        "BETWEENNESS" => NetworkAnalytics.Betweenness(graph, new BetweennessOptions { Pivots = samples is { } k ? Math.Min(k, graph.NodeCount) : null, Seed = seed }),
        "CLOSENESS" => NetworkAnalytics.Closeness(graph),
        "HARMONIC" => NetworkAnalytics.Harmonic(graph),
        "EIGENVECTOR" => NetworkAnalytics.Eigenvector(graph),
        _ => NetworkAnalytics.Degree(graph, weighted: true),
    };

    /// <summary>Blocs from the gap analysis's placement; brokerage roles between them, most brokered paths first.</summary>
    private static List<BrokerView> Brokers(AnalysedGraph graph, ProjectionOptions options)
    {
        var projection = graph.Projection(options);
        var blocs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in projection.NodeIds)
        {
            if (graph.Gaps.BlocOf(id) is { } bloc)
            {
                // The graph model's spelling, which the generated Bloc enum maps to its values.
                blocs[id] = bloc switch { Bloc.Guangxi => "Guangxi", Bloc.GreaterBayArea => "GreaterBayArea", _ => "Other" };
            }
        }

        var roles = NetworkAnalytics.Brokerage(projection, blocs);
        var constraint = NetworkAnalytics.Constraint(projection);
        var effectiveSize = NetworkAnalytics.EffectiveSize(projection);
        return projection.NodeIds
            .Select(id => new BrokerView(id, blocs.GetValueOrDefault(id), roles[id], constraint[id], effectiveSize[id]))
            .OrderByDescending(broker => broker.Roles.Total)
            .ThenBy(broker => broker.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;

    private static BrokerView Broker(ResolveFieldContext context) => (BrokerView)context.Source!;

    private sealed record ScoredEntity(string Id, double Score);

    private sealed record BrokerView(string Id, string? Bloc, CooperationGraph.Analytics.StructuralHoles.BrokerageRoles Roles, double Constraint, double EffectiveSize);

    private sealed record CommunityView(int Id, IReadOnlyList<string> MemberIds);

    private sealed record Partition(string Algorithm, CommunityPartition Result, IReadOnlyList<string> NodeIds)
    {
        public IEnumerable<CommunityView> Communities() =>
            Enumerable.Range(0, NodeIds.Count)
                .GroupBy(v => Result.Membership[v])
                .Select(group => new CommunityView(group.Key, group.Select(v => NodeIds[v]).Order(StringComparer.Ordinal).ToList()))
                .OrderByDescending(community => community.MemberIds.Count)
                .ThenBy(community => community.Id);
    }
}
