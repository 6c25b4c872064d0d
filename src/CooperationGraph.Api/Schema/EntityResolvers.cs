using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds the fields of every entity type: common fields, properties, typed relationships, extras.</summary>
internal static class EntityResolvers
{
    private const int DefaultRelationLimit = 100;

    public static void Bind(SchemaBindings bindings, IReadOnlyList<EntityTypePlan> plans)
    {
        foreach (var plan in plans.Where(plan => !plan.IsInterface))
        {
            BindCommon(bindings, plan.Name);
            foreach (var property in plan.Properties)
            {
                var name = property.Definition.Name;
                bindings.Resolve(plan.Name, name, context => Node(context).Properties.GetValueOrDefault(name));
            }

            foreach (var field in plan.Relationships)
            {
                var types = new[] { field.Type.Name };
                var direction = field.Direction;
                bindings.Resolve(plan.Name, field.FieldName, context =>
                    RelationsAsync(context, new RelationshipSelection(types, direction, Limit(context))));
            }

            BindExtras(bindings, plan.Name);
        }
    }

    private static void BindCommon(SchemaBindings bindings, string type)
    {
        bindings.Resolve(type, "id", context => Node(context).Id)
            .Resolve(type, "name", context => Node(context).Name)
            .Resolve(type, "nameEn", context => Node(context).NameEn)
            .Resolve(type, "aliases", context => Node(context).Aliases)
            .Resolve(type, "label", context => Node(context).Label)
            .Resolve(type, "labels", context => Node(context).Labels)
            .Resolve(type, "description", context => Node(context).Description)
            .Resolve(type, "sources", context => Node(context).Sources)
            .Resolve(type, "relations", context =>
            {
                var types = context.GetArgument<IEnumerable<object?>>("types")?.OfType<string>().ToArray();
                var direction = context.GetArgument<string>("direction") switch
                {
                    "OUT" => Direction.Outgoing,
                    "IN" => Direction.Incoming,
                    _ => Direction.Both,
                };
                return RelationsAsync(context, new RelationshipSelection(types, direction, Limit(context)));
            })
            .Resolve(type, "relationsConnection", context => RelationsConnectionAsync(context));
    }

    private static void BindExtras(SchemaBindings bindings, string type)
    {
        switch (type)
        {
            case "Region":
                bindings.Resolve(type, "parent", async context => (await RegionsAsync(context, Direction.Outgoing).ConfigureAwait(false)).FirstOrDefault())
                    .Resolve(type, "children", async context => await RegionsAsync(context, Direction.Incoming).ConfigureAwait(false));
                break;
        }
    }

    private static async ValueTask<object?> RelationsAsync(ResolveFieldContext context, RelationshipSelection selection)
    {
        var node = Node(context);
        var relationships = await GraphLoaders.From(context).RelationshipsAsync(node.Id, selection).ConfigureAwait(false);
        return relationships.Select(relationship => new RelationView(relationship, node.Id)).ToArray();
    }

    private static async ValueTask<object?> RelationsConnectionAsync(ResolveFieldContext context)
    {
        var arguments = ConnectionArguments.From(context, RelationFilter.MaxRelationsPerEntity);
        var test = context.GetArgument<IReadOnlyDictionary<string, object?>>("where") is { } where
            ? await RelationFilter.TranslateAsync(where, matching: null).ConfigureAwait(false)
            : null;
        var orderBy = context.GetArgument<IEnumerable>("orderBy")?.Cast<IReadOnlyDictionary<string, object?>>() ?? [];
        var node = Node(context);
        var selection = new RelationshipSelection(null, Direction.Both, RelationFilter.MaxRelationsPerEntity);
        var relationships = await GraphLoaders.From(context).RelationshipsAsync(node.Id, selection).ConfigureAwait(false);
        var views = relationships.Select(relationship => new RelationView(relationship, node.Id));
        return Connection.Of(RelationFilter.Sort(test is null ? views : views.Where(test), orderBy), arguments, DefaultRelationLimit);
    }

    private static async Task<IReadOnlyList<GraphNode>> RegionsAsync(ResolveFieldContext context, Direction direction)
    {
        var node = Node(context);
        var loaders = GraphLoaders.From(context);
        var partOf = await loaders.RelationshipsAsync(node.Id, new RelationshipSelection(["PART_OF"], direction, DefaultRelationLimit)).ConfigureAwait(false);
        var others = await Task.WhenAll(partOf.Select(relationship =>
            loaders.NodeAsync(direction == Direction.Outgoing ? relationship.ToId : relationship.FromId))).ConfigureAwait(false);
        return others.OfType<GraphNode>().Where(other => other.Label == "Region").ToArray();
    }

    private static int Limit(ResolveFieldContext context)
    {
        var first = context.GetArgument<int?>("first") ?? DefaultRelationLimit;
        return first is >= 1 and <= RelationshipSelection.MaxLimitPerNode
            ? first
            : throw UserInputError.Create($"first must lie between 1 and {RelationshipSelection.MaxLimitPerNode} (got {first}).");
    }

    private static GraphNode Node(ResolveFieldContext context) => (GraphNode)context.Source!;
}
