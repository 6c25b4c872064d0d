using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>Binds <c>partners</c> and the fields of <c>Partnership</c>.</summary>
internal static class PartnersResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        bindings.Resolve("Query", "partners", context => UserInputError.GuardAsync(async () => await PartnersAsync(context).ConfigureAwait(false)));
        bindings.Resolve("Partnership", "partner", context => Partnership(context).Partner)
            .Resolve("Partnership", "distance", context => Partnership(context).Distance)
            .Resolve("Partnership", "bloc", context => Partnership(context).Bloc)
            .Resolve("Partnership", "via", context => Partnership(context).Via);
    }

    private static async Task<object?> PartnersAsync(ResolveFieldContext context)
    {
        var origin = context.GetArgument<string>("of")!;
        var wantedBloc = context.GetArgument<string>("bloc");
        var depth = context.GetArgument<int?>("depth") ?? 1;
        var first = context.GetArgument<int?>("first") ?? 100;
        if (depth is < 1 or > PartnerNetwork.MaxDepth)
        {
            throw UserInputError.Create($"depth must lie between 1 and {PartnerNetwork.MaxDepth} (got {depth}).");
        }

        if (first is < 1 or > PartnerNetwork.MaxPartners)
        {
            throw UserInputError.Create($"first must lie between 1 and {PartnerNetwork.MaxPartners} (got {first}).");
        }

        var loaders = GraphLoaders.From(context);
        // The origin and its first hop are read in the same round: a walk from an unknown id finds nothing anyway.
        var originNode = loaders.NodeAsync(origin);
        var walk = new PartnerNetwork(loaders).WalkAsync(origin, depth);
        if (await originNode.ConfigureAwait(false) is null)
        {
            throw UserInputError.Create($"No entity has the id '{origin}'.");
        }

        var reached = await walk.ConfigureAwait(false);
        var partners = await Task.WhenAll(reached.Select(entry => loaders.NodeAsync(entry.PartnerId))).ConfigureAwait(false);
        var present = new List<(GraphNode Partner, IReadOnlyList<GraphRelationship> Via)>();
        for (var i = 0; i < reached.Count; i++)
        {
            if (partners[i] is { } partner)
            {
                present.Add((partner, reached[i].Via));
            }
        }

        // Without a bloc to filter on, only the partners returned need theirs.
        var candidates = wantedBloc is null ? present.Take(first) : present;
        var blocs = await new BlocLocator(loaders).BlocsOfAsync([.. candidates.Select(entry => entry.Partner)]).ConfigureAwait(false);
        var partnerships = new List<Partnership>();
        for (var i = 0; i < blocs.Count && partnerships.Count < first; i++)
        {
            if (wantedBloc is null || wantedBloc == blocs[i])
            {
                partnerships.Add(new Partnership(present[i].Partner, present[i].Via, blocs[i]));
            }
        }

        return partnerships;
    }

    private static Partnership Partnership(ResolveFieldContext context) => (Partnership)context.Source!;
}
