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
        if (await loaders.NodeAsync(origin).ConfigureAwait(false) is null)
        {
            throw UserInputError.Create($"No entity has the id '{origin}'.");
        }

        var reached = await new PartnerNetwork(loaders).WalkAsync(origin, depth).ConfigureAwait(false);
        var partners = await Task.WhenAll(reached.Select(entry => loaders.NodeAsync(entry.PartnerId))).ConfigureAwait(false);
        var locator = new BlocLocator(loaders);
        var blocs = await Task.WhenAll(partners.Select(partner => partner is null ? Task.FromResult<string?>(null) : locator.BlocOfAsync(partner)))
            .ConfigureAwait(false);
        var partnerships = new List<Partnership>();
        for (var i = 0; i < reached.Count && partnerships.Count < first; i++)
        {
            if (partners[i] is { } partner && (wantedBloc is null || wantedBloc == blocs[i]))
            {
                partnerships.Add(new Partnership(partner, reached[i].Via, blocs[i]));
            }
        }

        return partnerships;
    }

    private static Partnership Partnership(ResolveFieldContext context) => (Partnership)context.Source!;
}
