using System.Collections;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Api.Schema.Analytics;
using CooperationGraph.Api.Schema.Connections;
using CooperationGraph.Api.Schema.Declarations;
using CooperationGraph.Domain.Graph;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;

namespace CooperationGraph.Api.Schema;

/// <summary>The fields every entity type has, declared once for the <c>Entity</c> interface and every label's type.</summary>
internal static class EntityFields
{

    private static readonly StringListArgument Types = new("types", "[RelationshipType!]", "Keep only these relationship types (`CO_BUILDS`).");

    private static readonly ValueArgument<string> Direction = new("direction", "Direction", "Keep only outgoing or incoming ones.");

    private static readonly Paging RelationsPaging = ConnectionSdl.Relations;

    private static readonly ValueArgument<IReadOnlyDictionary<string, object?>> RelationWhere = new("where", "RelationWhere", "The predicate.");

    // What relationsConnection pages, filters and sorts in memory: the same for every entity.
    private static readonly RelationshipSelection EveryRelationship = new(null, Domain.Store.Direction.Both, RelationFilter.MaxRelationsPerEntity);

    private static readonly ValueArgument<IEnumerable> RelationOrderBy =
        new("orderBy", "[RelationOrder!]", "Sort keys, most significant first; by relationship id when absent.");

    /// <summary>How many relationships <c>relations</c> and the fields of one relationship type (<c>coBuiltBy</c>) return.</summary>
    public static IntArgument RelationsFirst { get; } = new("first", "At most this many", 1, RelationshipSelection.MaxLimitPerNode, 100, defaultInSdl: false);

    /// <summary>The common fields, in the order every entity type lists them.</summary>
    public static IReadOnlyList<FieldDeclaration> Declare(AnalyticsContext analytics) =>
    [
        new("id", "ID!", "The stable id, `prefix:slug`.", context => Node(context).Id),
        new("name", "String!", "The Chinese name exactly as the letters write it (名称).", context => Node(context).Name),
        new("nameEn", "String", "The English name.", context => Node(context).NameEn),
        new("aliases", "[String!]!", "Every other way the entity is written (别名).", context => Node(context).Aliases),
        new("label", "String!", "The concrete label from the graph model (`University`).", context => Node(context).Label),
        new("labels", "[String!]!", "The concrete label and every ancestor label, most general first.", context => Node(context).Labels),
        new("description", "LocalizedText", "An optional bilingual description.", context => Node(context).Description),
        new("sources", "[Source!]!", "Where the entity is stated (出处): document, section and verbatim quote.", context => Node(context).Sources),
        new(
            "placement",
            "Placement!",
            "Where the entity is: its city, province or SAR and bloc, and the relationships that place it.",
            async context => (await analytics.CooperationAsync(context).ConfigureAwait(false)).PlacementOf(Node(context).Id)),
        new(
            "relations",
            "[Relation!]!",
            "Every relationship of the entity, either way, ordered by relationship id.",
            [RelationsFirst, Types, Direction],
            context =>
            {
                var direction = Direction.Read(context) switch
                {
                    "OUT" => Domain.Store.Direction.Outgoing,
                    "IN" => Domain.Store.Direction.Incoming,
                    _ => Domain.Store.Direction.Both,
                };
                return RelationsAsync(context, new RelationshipSelection(Types.Read(context), direction, RelationsFirst.Read(context)));
            }),
        new(
            "relationsConnection",
            "RelationConnection!",
            "Every relationship of the entity, either way, filtered, sorted and paged (a hub has thousands).",
            [.. RelationsPaging.Arguments, RelationWhere, RelationOrderBy],
            RelationsConnectionAsync),
    ];

    /// <summary>The relationships of one type read from one end, the common fields' <c>relations</c> narrowed.</summary>
    public static ValueTask<object?> RelationsAsync(ResolveFieldContext context, RelationshipSelection selection) =>
        new(ViewsAsync(context, selection));

    private static async Task<object?> ViewsAsync(ResolveFieldContext context, RelationshipSelection selection)
    {
        var node = Node(context);
        var relationships = await GraphLoaders.From(context).RelationshipsAsync(node.Id, selection).ConfigureAwait(false);
        return relationships.Select(relationship => new RelationView(relationship, node.Id)).ToArray();
    }

    private static async ValueTask<object?> RelationsConnectionAsync(ResolveFieldContext context)
    {
        var arguments = RelationsPaging.Read(context);
        var test = RelationWhere.Read(context) is { } where
            ? await RelationFilter.TranslateAsync(where, matching: null).ConfigureAwait(false)
            : null;
        var orderBy = RelationOrderBy.Read(context)?.Cast<IReadOnlyDictionary<string, object?>>() ?? [];
        var nodeId = Node(context).Id;
        var relationships = await GraphLoaders.From(context).RelationshipsAsync(nodeId, EveryRelationship).ConfigureAwait(false);
        if (test is null && orderBy is IReadOnlyCollection<IReadOnlyDictionary<string, object?>> { Count: 0 })
        {
            // Neither filtered nor sorted: ordered by relationship id, and only the page's views are made (a hub has thousands).
            return Connection.Of(new RelationViewList(ById(relationships), nodeId), arguments, RelationsPaging.DefaultFirst);
        }

        return Connection.Of(FilteredAndSorted(relationships, nodeId, test, orderBy), arguments, RelationsPaging.DefaultFirst);
    }

    // Apart from RelationsConnectionAsync, so that its closure is made only for a filtered or sorted page.
    private static IReadOnlyList<RelationView> FilteredAndSorted(
        IReadOnlyList<GraphRelationship> relationships, string nodeId, Func<RelationView, bool>? test, IEnumerable<IReadOnlyDictionary<string, object?>> orderBy)
    {
        var views = relationships.Select(relationship => new RelationView(relationship, nodeId));
        return RelationFilter.Sort(test is null ? views : views.Where(test), orderBy);
    }

    private static IReadOnlyList<GraphRelationship> ById(IReadOnlyList<GraphRelationship> relationships)
    {
        for (var i = 1; i < relationships.Count; i++)
        {
            if (string.CompareOrdinal(relationships[i - 1].Id, relationships[i].Id) > 0)
            {
                return [.. relationships.OrderBy(relationship => relationship.Id, StringComparer.Ordinal)];
            }
        }

        return relationships;
    }

    /// <summary>The relationships read from one end, each view made when the page asks for it.</summary>
    private sealed class RelationViewList(IReadOnlyList<GraphRelationship> relationships, string viewpointId) : IReadOnlyList<RelationView>
    {
        public int Count => relationships.Count;

        public RelationView this[int index] => new(relationships[index], viewpointId);

        public IEnumerator<RelationView> GetEnumerator()
        {
            for (var i = 0; i < relationships.Count; i++)
            {
                yield return this[i];
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }

    public static GraphNode Node(ResolveFieldContext context) => (GraphNode)context.Source!;
}
