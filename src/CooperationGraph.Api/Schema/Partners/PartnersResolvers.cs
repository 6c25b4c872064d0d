using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// Binds <c>partners</c>, the fields of <c>Partnership</c> and every entity's <c>placement</c>: all answered by the
/// cooperation model of the store's current graph version (<see cref="CooperationModel"/>), which holds the one rule
/// for ties and places.
/// </summary>
internal static class PartnersResolvers
{
    public static void Bind(SchemaBindings bindings, AnalyticsContext analytics, IEnumerable<string> entityTypes)
    {
        bindings.Enum("TieKind", new Dictionary<string, object> { ["DIRECT"] = TieKind.Direct, ["SHARED_ARTEFACT"] = TieKind.SharedArtefact });
        bindings.Resolve("Query", "partners", context => UserInputError.GuardAsync(async () => await PartnersAsync(context, analytics).ConfigureAwait(false)));
        bindings.Resolve("Partnership", "partner", context => Partnership(context).Partner)
            .Resolve("Partnership", "local", context => Partnership(context).Local)
            .Resolve("Partnership", "distance", context => Partnership(context).Distance)
            .Resolve("Partnership", "bloc", context => Partnership(context).Bloc)
            .Resolve("Partnership", "kind", context => Partnership(context).Kind)
            .Resolve("Partnership", "artefact", context => Partnership(context).Artefact)
            .Resolve("Partnership", "status", context => Partnership(context).Status)
            .Resolve("Partnership", "relationshipTypes", context => Partnership(context).Via.Select(r => r.Type).Distinct().ToList())
            .Resolve("Partnership", "via", context => Partnership(context).Via)
            .Resolve("Partnership", "evidence", context => Partnership(context).Via.SelectMany(r => r.Sources).Distinct().ToList());
        bindings.Resolve("Placement", "city", context => ((Placement)context.Source!).City)
            .Resolve("Placement", "province", context => ((Placement)context.Source!).Province)
            .Resolve("Placement", "bloc", context => ((Placement)context.Source!).Bloc)
            .Resolve("Placement", "path", context => ((Placement)context.Source!).Path);
        foreach (var type in entityTypes)
        {
            bindings.Resolve(type, "placement", async context =>
            {
                var model = await analytics.CooperationAsync(context).ConfigureAwait(false);
                return (object?)model.PlacementOf(((GraphNode)context.Source!).Id);
            });
        }
    }

    /// <summary>The statuses of a <c>status</c> argument; the default (done and under way) when absent.</summary>
    public static IReadOnlySet<RelationshipStatus> Statuses(ResolveFieldContext context)
    {
        var given = context.GetArgument<IEnumerable>("status")?.OfType<RelationshipStatus>().ToHashSet();
        return given is null ? StatusSet.Default
            : given.Count > 0 ? given
            : throw UserInputError.Create("status needs at least one RelationshipStatus.");
    }

    private static async Task<object?> PartnersAsync(ResolveFieldContext context, AnalyticsContext analytics)
    {
        var origin = context.GetArgument<string>("of")!;
        var bloc = context.GetArgument<string>("bloc");
        var depth = context.GetArgument<int?>("depth") ?? 1;
        var first = context.GetArgument<int?>("first") ?? 100;
        var statuses = Statuses(context);
        if (depth is < 1 or > PartnersSdl.MaxDepth)
        {
            throw UserInputError.Create($"depth must lie between 1 and {PartnersSdl.MaxDepth} (got {depth}).");
        }

        if (first is < 1 or > PartnersSdl.MaxPartners)
        {
            throw UserInputError.Create($"first must lie between 1 and {PartnersSdl.MaxPartners} (got {first}).");
        }

        var model = await analytics.CooperationAsync(context).ConfigureAwait(false);
        if (!model.Nodes.ContainsKey(origin))
        {
            throw UserInputError.Create($"No entity has the id '{origin}'.");
        }

        return model.Partners(origin, bloc, statuses, depth, first)
            .Select(partnership => new PartnershipView(partnership, model.PlacementOf(partnership.Partner.Id).Bloc))
            .ToList();
    }

    private static PartnershipView Partnership(ResolveFieldContext context) => (PartnershipView)context.Source!;

    private sealed record PartnershipView(Domain.Cooperation.Partnership Partnership, string? Bloc)
    {
        public GraphNode Partner => Partnership.Partner;

        public GraphNode Local => Partnership.Local;

        public int Distance => Partnership.Distance;

        public TieKind Kind => Partnership.Kind;

        public GraphNode? Artefact => Partnership.Artefact;

        public RelationshipStatus Status => Partnership.Status;

        public IReadOnlyList<GraphRelationship> Via => Partnership.Via;
    }
}
