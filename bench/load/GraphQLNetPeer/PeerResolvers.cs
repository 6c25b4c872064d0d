using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using GraphQL;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace CooperationGraph.LoadPeer;

/// <summary>A relationship read from one of its ends.</summary>
internal sealed record RelationView(PeerRelationship Relationship, string OtherId, bool Outgoing);

/// <summary>
/// Plain in-memory resolvers for the printed cooperation schema (resolvers.mjs's twin), set on the schema GraphQL.NET
/// built from graph-schema/schema.graphql: node, search, partners, neighborhood, the common entity fields, placement,
/// relations, sources, edges.
/// </summary>
internal static partial class PeerResolvers
{
    private const int DefaultRelationLimit = 100;
    private const int MaxRelationLimit = 10_000;

    private static readonly HashSet<string> CommonFields = new(StringComparer.Ordinal)
    {
        "id", "name", "nameEn", "aliases", "label", "labels", "description", "sources", "relations", "placement",
    };

    public static void Attach(ISchema schema, LoadedGraph graph)
    {
        void Resolve(string type, string field, Func<IResolveFieldContext, object?> resolver)
        {
            if (schema.AllTypes[type] is IComplexGraphType complex && complex.GetField(field) is { } definition)
            {
                definition.Resolver = new FuncFieldResolver<object>(resolver);
            }
        }

        Resolve("Query", "node", context => graph.Node(context.GetArgument<string>("id")));
        Resolve("Query", "search", context =>
        {
            var text = context.GetArgument<string>("text");
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new ExecutionError("search needs a non-empty text.");
            }

            return GraphQueries.Search(graph, text, context.GetArgument<string?>("label"), InRange("first", context.GetArgument("first", 10), 1, 1000));
        });
        Resolve("Query", "neighborhood", context =>
        {
            var (nodes, edges, truncated) = GraphQueries.Neighbourhood(graph, context.GetArgument<string>("id"),
                InRange("hops", context.GetArgument("hops", 1), 1, 6), TypeSet(context.GetArgument<List<string>?>("types")),
                InRange("limit", context.GetArgument("limit", 200), 1, 5000));
            return new Dictionary<string, object?> { ["nodes"] = nodes, ["edges"] = edges, ["truncated"] = truncated };
        });
        Resolve("Query", "partners", context =>
        {
            var of = context.GetArgument<string>("of");
            var depth = InRange("depth", context.GetArgument("depth", 1), 1, 4);
            var first = InRange("first", context.GetArgument("first", 100), 1, 1000);
            if (!graph.Nodes.ContainsKey(of))
            {
                throw new ExecutionError($"No entity has the id '{of}'.");
            }

            // The load run asks with the default statuses, the ones the exported model holds.
            var bloc = context.GetArgument<string?>("bloc") switch
            {
                null => null,
                "GUANGXI" => "Guangxi",
                "GREATER_BAY_AREA" => "GreaterBayArea",
                _ => "Other",
            };
            return graph.Cooperation.Partners(of, bloc, depth, first);
        });
        Resolve("Partnership", "partner", context => graph.Node(((PeerPartnership)context.Source!).Partner));
        Resolve("Partnership", "local", context => graph.Node(((PeerPartnership)context.Source!).Local));
        Resolve("Partnership", "artefact", context => graph.Node(((PeerPartnership)context.Source!).Artefact));
        Resolve("Partnership", "distance", context => ((PeerPartnership)context.Source!).Distance);
        Resolve("Partnership", "kind", context => ((PeerPartnership)context.Source!).Kind);
        Resolve("Partnership", "status", context => EnumValue(((PeerPartnership)context.Source!).Status));
        Resolve("Partnership", "bloc", context => BlocValue(graph.Cooperation.Placements.GetValueOrDefault(((PeerPartnership)context.Source!).Partner)?.Bloc));
        Resolve("Partnership", "via", context => ((PeerPartnership)context.Source!).Via.Select(id => graph.Relationships[id]));
        Resolve("Partnership", "relationshipTypes", context => ((PeerPartnership)context.Source!).Via.Select(id => graph.Relationships[id].Type).Distinct());
        Resolve("Partnership", "evidence", context => DistinctSources(((PeerPartnership)context.Source!).Via.SelectMany(id => graph.Relationships[id].Sources)));
        Resolve("Placement", "city", context => graph.Node(((PeerPlacement)context.Source!).City));
        Resolve("Placement", "province", context => graph.Node(((PeerPlacement)context.Source!).Province));
        Resolve("Placement", "bloc", context => BlocValue(((PeerPlacement)context.Source!).Bloc));
        Resolve("Placement", "path", context => ((PeerPlacement)context.Source!).Path.Select(id => graph.Relationships[id]));
        Resolve("GraphView", "nodes", context => ((Dictionary<string, object?>)context.Source!)["nodes"]);
        Resolve("GraphView", "edges", context => ((Dictionary<string, object?>)context.Source!)["edges"]);
        Resolve("GraphView", "truncated", context => ((Dictionary<string, object?>)context.Source!)["truncated"]);

        // One relationship shape: read from an entity (a RelationView) or on its own, from its start (the root
        // connection, a path, a partnership's via, a placement's path).
        Resolve("Relation", "id", context => View(context).Relationship.Id);
        Resolve("Relation", "type", context => View(context).Relationship.Type);
        Resolve("Relation", "direction", context => View(context).Outgoing ? "OUT" : "IN");
        Resolve("Relation", "other", context => graph.Node(View(context).OtherId));
        Resolve("Relation", "from", context => View(context).Relationship.From);
        Resolve("Relation", "to", context => View(context).Relationship.To);
        Resolve("Relation", "start", context => graph.Node(View(context).Relationship.From));
        Resolve("Relation", "end", context => graph.Node(View(context).Relationship.To));
        Resolve("Relation", "role", context => View(context).Relationship.Role);
        Resolve("Relation", "date", context => StatedDate(View(context).Relationship.Date));
        Resolve("Relation", "amount", context => Plain(View(context).Relationship.Amount));
        Resolve("Relation", "status", context => EnumValue(View(context).Relationship.Status));
        Resolve("Relation", "sources", context => View(context).Relationship.Sources);
        Resolve("Source", "document", context => graph.Node(((PeerSource)context.Source!).Doc));
        Resolve("Source", "quote", context => ((PeerSource)context.Source!).Quote ?? "");
        Resolve("Source", "section", context => ((PeerSource)context.Source!).Section);

        foreach (var type in schema.AllTypes)
        {
            if (type is IObjectGraphType objectType && objectType.ResolvedInterfaces.Any(i => i.Name == "Entity"))
            {
                AttachEntityResolvers(objectType, graph);
            }
        }
    }

    private static void AttachEntityResolvers(IObjectGraphType type, LoadedGraph graph)
    {
        void Set(string field, Func<IResolveFieldContext, object?> resolver)
        {
            if (type.GetField(field) is { } definition)
            {
                definition.Resolver = new FuncFieldResolver<object>(resolver);
            }
        }

        Set("id", context => ((PeerNode)context.Source!).Id);
        Set("name", context => ((PeerNode)context.Source!).Name);
        Set("nameEn", context => ((PeerNode)context.Source!).NameEn);
        Set("aliases", context => ((PeerNode)context.Source!).Aliases);
        Set("label", context => ((PeerNode)context.Source!).Label);
        Set("labels", context => ((PeerNode)context.Source!).Labels);
        Set("description", context => Plain(((PeerNode)context.Source!).Description));
        Set("sources", context => ((PeerNode)context.Source!).Sources);
        Set("placement", context => graph.Cooperation.Placements[((PeerNode)context.Source!).Id]);
        Set("relations", context => RelationViews((PeerNode)context.Source!, context.GetArgument<string?>("direction") ?? "BOTH",
            TypeSet(context.GetArgument<List<string>?>("types")), context.GetArgument<int?>("first")));
        foreach (var field in type.Fields)
        {
            var typed = TypedRelations().Match(field.Description ?? "");
            if (typed.Success)
            {
                var types = new HashSet<string>(StringComparer.Ordinal) { typed.Groups[1].Value };
                var direction = typed.Groups[2].Value == "to" ? "OUT" : "IN";
                field.Resolver = new FuncFieldResolver<object>(context => RelationViews((PeerNode)context.Source!, direction, types, context.GetArgument<int?>("first")));
            }
            else if (!CommonFields.Contains(field.Name) && (field.Arguments?.Count ?? 0) == 0)
            {
                var named = field.ResolvedType!.GetNamedType();
                var name = field.Name;
                Func<JsonElement, object?> convert = named is EnumerationGraphType ? value => EnumValue(value.GetString()!)
                    : named.Name == "StatedDate" ? StatedDate
                    : Plain;
                field.Resolver = new FuncFieldResolver<object>(context =>
                    ((PeerNode)context.Source!).Properties.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null ? convert(value) : null);
            }
        }

        if (type.Name == "Document")
        {
            Set("title", context => ((PeerNode)context.Source!).Name);
            Set("text", context => graph.DocumentTexts.GetValueOrDefault(((PeerNode)context.Source!).Id));
        }

        if (type.Name == "Region")
        {
            Set("parent", context => RegionsAlong(graph, (PeerNode)context.Source!, "OUT").FirstOrDefault());
            Set("children", context => RegionsAlong(graph, (PeerNode)context.Source!, "IN"));
        }
    }

    [GeneratedRegex("^`([A-Z_]+)` relationships (to|from) other entities")]
    private static partial Regex TypedRelations();

    private static List<PeerNode> RegionsAlong(LoadedGraph graph, PeerNode region, string direction) =>
        [.. LoadedGraph.Steps(region, direction, new HashSet<string> { "PART_OF" }).Take(DefaultRelationLimit)
            .Select(step => graph.Node(step.Other)).OfType<PeerNode>().Where(other => other.Label == "Region")];

    private static List<RelationView> RelationViews(PeerNode node, string direction, IReadOnlySet<string>? types, int? first) =>
        [.. LoadedGraph.Steps(node, direction, types).Take(InRange("first", first ?? DefaultRelationLimit, 1, MaxRelationLimit))
            .Select(step => new RelationView(step.Relationship, step.Other, step.Relationship.From == node.Id))];

    private static HashSet<string>? TypeSet(List<string>? types) => types is null or { Count: 0 } ? null : new HashSet<string>(types, StringComparer.Ordinal);

    private static int InRange(string name, int value, int low, int high) =>
        value < low || value > high ? throw new ExecutionError($"{name} must lie between {low} and {high} (got {value}).") : value;

    private static string? BlocValue(string? bloc) => bloc is null ? null : EnumValue(bloc);

    /// <summary>Sources in first-seen order, each once (the service's record equality: document, section, quote).</summary>
    private static List<PeerSource> DistinctSources(IEnumerable<PeerSource> sources) => [.. sources.Distinct()];

    /// <summary><c>GreaterBayArea</c>, <c>state-owned</c>, <c>Implemented</c> as GraphQL enum values: the service's naming rule.</summary>
    public static string EnumValue(string modelValue)
    {
        var name = new StringBuilder(modelValue.Length + 4);
        for (var i = 0; i < modelValue.Length; i++)
        {
            var c = modelValue[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(modelValue[i - 1]))
            {
                name.Append('_');
            }

            name.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }

        return name.Length > 0 && char.IsDigit(name[0]) ? "_" + name : name.ToString();
    }

    private static RelationView View(IResolveFieldContext context) => context.Source switch
    {
        RelationView view => view,
        PeerRelationship relationship => new RelationView(relationship, relationship.To, Outgoing: true),
        var other => throw new InvalidOperationException($"A Relation cannot be read from {other?.GetType().Name ?? "null"}."),
    };

    private static object? StatedDate(JsonElement date) => date.ValueKind != JsonValueKind.Object ? null : new Dictionary<string, object?>
    {
        ["text"] = date.GetProperty("text").GetString(),
        ["value"] = date.GetProperty("value").GetString(),
        ["precision"] = EnumValue(date.GetProperty("precision").GetString()!),
        ["end"] = date.GetProperty("end").GetString(),
    };

    /// <summary>A JSON value as the plain CLR value GraphQL.NET's default resolvers and scalars read.</summary>
    private static object? Plain(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => value.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value)),
        JsonValueKind.Array => value.EnumerateArray().Select(Plain).ToList(),
        JsonValueKind.String => value.GetString(),
        JsonValueKind.Number => value.TryGetInt64(out var whole) ? whole : value.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };
}
