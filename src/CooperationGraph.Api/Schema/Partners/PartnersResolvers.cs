using CooperationGraph.Domain.Cooperation;
using CooperationGraph.Domain.Graph;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema.Partners;

/// <summary>
/// Binds the fields of <c>Partnership</c> and <c>Placement</c>: answered by the cooperation model of the store's
/// current graph version (<see cref="CooperationModel"/>), which holds the one rule for ties and places.
/// </summary>
internal static class PartnersResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        bindings.Enum("TieKind", new Dictionary<string, object> { ["DIRECT"] = TieKind.Direct, ["SHARED_ARTEFACT"] = TieKind.SharedArtefact });
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
    }

    private static PartnershipView Partnership(ResolveFieldContext context) => (PartnershipView)context.Source!;
}
