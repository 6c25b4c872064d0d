using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Limits;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Cost;

/// <summary>
/// The cost model on the GraphQL Cost Directives specification's examples: a field costs its <c>@cost</c> weight once,
/// plus, per value it returns, its type's weight (objects 1, scalars 0 unless stated) and its sub-selection's cost;
/// a list counts the size its slicing arguments ask for, a connection's sized fields the size their parent asks for.
/// </summary>
public sealed class CostCalculatorTests
{
    private static readonly GraphQLSchema Schema = CreateSchema();

    private static GraphQLSchema CreateSchema()
    {
        var schema = BuildSchema.FromSdl(
            CostDirectives.Sdl + """
            type User { name: String age: Int @cost(weight: 2) friends(first: Int = 5): [User] }
            type UserEdge { cursor: String node: User }
            type UserConnection { totalCount: Int edges: [UserEdge] nodes: [User] }
            type Report @cost(weight: 40) { total: Int }
            type Query {
              users(max: Int): [User] @listSize(slicingArguments: ["max"])
              strictUsers(max: Int): [User] @listSize(slicingArguments: ["max"], requireOneSlicingArgument: true)
              cursorUsers(first: Int, after: String, last: Int, before: String): UserConnection
                @listSize(slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], assumedSize: 50, requireOneSlicingArgument: false)
              search(limit: Int): [User]
              tags: [String]
              report: Report
              ranking(first: Int = 20): [User] @cost(weight: 500)
            }
            """,
            new SchemaBindings().Resolve("Query", "users", _ => (object?)new[] { User("a"), User("b"), User("c") }));
        CostAnnotations.ApplyDirectives(schema);
        return schema;
    }

    private static Dictionary<string, object?> User(string name) => new() { ["name"] = name, ["age"] = 30, ["friends"] = Array.Empty<object>() };

    private static GraphQLEngine Engine(long maxCost = 100_000_000, int defaultListSize = 10) =>
        new(Schema, new GraphQLEngineOptions { Limits = new QueryLimits { MaxCost = maxCost, DefaultListSize = defaultListSize }, ReportCost = true });

    private static long? Requested(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        Engine().Prepare(new GraphQLRequest(query, variables)).RequestedCost;

    [Fact]
    public void The_specifications_first_example_counts_each_user_and_its_weighted_age()
    {
        // users(max: 5): five User values (1 each) with age (2 each).
        Assert.Equal(15, Requested("{ users(max: 5) { age } }"));
    }

    [Fact]
    public void A_connection_sizes_its_edges_and_nodes_by_its_own_slicing_argument()
    {
        // cursorUsers (the connection, 1) + 10 edges (1 each) holding a node (1 each) + 10 nodes (1 each).
        Assert.Equal(1 + (10 * 2) + 10, Requested("{ cursorUsers(first: 10) { totalCount edges { cursor node { name } } nodes { name } } }"));
        Assert.Equal(1 + 7, Requested("{ cursorUsers(last: 7) { nodes { name } } }"));
        Assert.Equal(1 + 50, Requested("{ cursorUsers { nodes { name } } }"));
    }

    [Fact]
    public void Nested_lists_multiply()
    {
        // 100 users, each with 100 friends, each with 100 friends: 100 + 100·100 + 100·100·100.
        Assert.Equal(100 + 10_000 + 1_000_000, Requested("{ cursorUsers(first: 100) { nodes { friends(first: 100) { friends(first: 100) { name } } } } }") - 1);
    }

    [Fact]
    public void Aliases_are_each_counted()
    {
        Assert.Equal(4 * 15, Requested("{ a: users(max: 5) { age } b: users(max: 5) { age } c: users(max: 5) { age } d: users(max: 5) { age } }"));
    }

    [Fact]
    public void Fields_merged_across_fragments_are_counted_once()
    {
        Assert.Equal(15, Requested("{ users(max: 5) { age } ...F } fragment F on Query { users(max: 5) { age } }"));
    }

    [Fact]
    public void List_fields_without_listSize_are_sliced_by_first_last_or_limit_else_their_default_else_the_default_size()
    {
        Assert.Equal(3, Requested("{ search(limit: 3) { name } }"));
        Assert.Equal(10, Requested("{ search { name } }"));
        Assert.Equal(1 + 5, Requested("{ users(max: 1) { friends { name } } }"));
    }

    [Fact]
    public void A_field_weight_counts_once_and_a_type_weight_per_value()
    {
        Assert.Equal(500 + 20, Requested("{ ranking { name } }"));
        Assert.Equal(40, Requested("{ report { total } }"));
        Assert.Equal(0, Requested("{ tags }"));
    }

    [Fact]
    public void Slicing_arguments_read_variables_and_their_defaults()
    {
        Assert.Equal(3 * 3, Requested("query ($n: Int) { users(max: $n) { age } }", new Dictionary<string, object?> { ["n"] = 3 }));
        Assert.Equal(3 * 8, Requested("query ($n: Int = 8) { users(max: $n) { age } }"));
    }

    [Fact]
    public async Task An_estimate_that_depends_on_variables_is_not_reused_for_other_variables()
    {
        var engine = Engine(maxCost: 100);
        const string Query = "query ($n: Int) { users(max: $n) { age } }";

        Assert.Equal(9, engine.Prepare(new GraphQLRequest(Query, new Dictionary<string, object?> { ["n"] = 3 })).RequestedCost);
        var refused = await engine.ExecuteAsync(new GraphQLRequest(Query, new Dictionary<string, object?> { ["n"] = 1000 }));

        var error = Assert.Single(refused.Errors!);
        Assert.Equal("maxCost", error.Extensions!["limit"]);
        Assert.StartsWith("Query cost 3000 exceeds the maximum cost of 100", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_field_that_requires_one_slicing_argument_refuses_none()
    {
        var result = await Engine().ExecuteAsync(new GraphQLRequest("{ strictUsers { name } }"));

        var error = Assert.Single(result.Errors!);
        Assert.Equal("Field \"strictUsers\" must be given exactly one of its slicing arguments (max).", error.Message);
        Assert.False(result.HasData);
    }

    [Fact]
    public async Task The_response_reports_the_requested_and_the_actual_cost()
    {
        // Asked for 100 users, got 3: actual counts what came back.
        var result = await Engine(maxCost: 5000).ExecuteAsync(new GraphQLRequest("{ users(max: 100) { age } }"));

        Assert.Null(result.Errors);
        Assert.Equal(new OperationCost(300, 9, 5000), result.Cost);
        Assert.Equal(
            """{"data":{"users":[{"age":30},{"age":30},{"age":30}]},"extensions":{"cost":{"requested":300,"actual":9,"maximum":5000}}}""",
            result.ToJson());
    }

    [Fact]
    public async Task Cost_is_not_reported_unless_asked()
    {
        var engine = new GraphQLEngine(Schema);

        var result = await engine.ExecuteAsync(new GraphQLRequest("{ users(max: 2) { age } }"));

        Assert.Null(result.Extensions);
        Assert.Null(result.Cost);
    }

    [Fact]
    public void The_printed_schema_shows_the_annotations()
    {
        var printed = SchemaPrinter.PrintSchema(Schema);

        Assert.Contains("age: Int @cost(weight: 2)", printed, StringComparison.Ordinal);
        Assert.Contains("type Report @cost(weight: 40) {", printed, StringComparison.Ordinal);
        Assert.Contains(
            """): UserConnection @listSize(assumedSize: 50, slicingArguments: ["first", "last"], sizedFields: ["edges", "nodes"], requireOneSlicingArgument: false)""",
            printed,
            StringComparison.Ordinal);
        Assert.Contains("""users(max: Int): [User] @listSize(slicingArguments: ["max"])""", printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Annotating_an_interface_field_annotates_its_implementations()
    {
        var schema = BuildSchema.FromSdl("""
            interface Node { id: ID peers(first: Int): [Node] }
            type Thing implements Node { id: ID peers(first: Int): [Node] }
            type Query { node: Node }
            """);

        CostAnnotations.Annotate(schema, "Node.peers", weight: 7, listSize: new ListSize(AssumedSize: 30, SlicingArguments: ["first"]));

        var peers = ((GraphQLObjectType)schema.GetType("Thing")!).GetField("peers")!;
        Assert.Equal(7, peers.CostWeight);
        Assert.Equal(30, peers.ListSize!.AssumedSize);
        Assert.Throws<ArgumentException>(() => CostAnnotations.Annotate(schema, "Thing.nothing", weight: 1));
        Assert.Throws<ArgumentException>(() => CostAnnotations.Annotate(schema, "Thing.peers", listSize: new ListSize(SlicingArguments: ["limit"])));
        Assert.Throws<ArgumentException>(() => CostAnnotations.Annotate(schema, "Query.node", listSize: new ListSize(SizedFields: ["id"])));
    }
}
