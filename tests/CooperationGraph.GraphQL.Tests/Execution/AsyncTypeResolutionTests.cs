using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class AsyncTypeResolutionTests
{
    private const string Sdl = """
        type Query { parties: [Party] party: Party! }
        interface Party { id: ID! }
        type Institution implements Party { id: ID! rank: Int }
        type Company implements Party { id: ID! employees: Int }
        """;

    private static readonly object[] Parties =
    [
        new Dictionary<string, object?> { ["id"] = "i1", ["rank"] = 1 },
        new Dictionary<string, object?> { ["id"] = "c1", ["employees"] = 9 },
    ];

    // Tells the type only after a yield, as a lookup in a store would: completion must wait for it.
    private static async ValueTask<string?> ByIdPrefixAsync(object value, ResolveFieldContext context, GraphQLNamedType abstractType)
    {
        await Task.Yield();
        var id = (string)((IReadOnlyDictionary<string, object?>)value)["id"]!;
        return id.StartsWith('i') ? "Institution" : id.StartsWith('c') ? "Company" : null;
    }

    private static GraphQLSchema Schema(SchemaBindings bindings) => BuildSchema.FromSdl(Sdl, bindings
        .Resolve("Query", "parties", _ => Parties)
        .Resolve("Query", "party", _ => new Dictionary<string, object?> { ["id"] = "x9" }));

    [Fact]
    public async Task An_asynchronous_type_resolver_names_each_runtime_type()
    {
        var schema = Schema(new SchemaBindings().ResolveTypeAsync("Party", ByIdPrefixAsync));

        var result = await ExecuteAsync(schema, "{ parties { __typename id ... on Institution { rank } ... on Company { employees } } }");

        Assert.Equal(
            "{\"data\":{\"parties\":[{\"__typename\":\"Institution\",\"id\":\"i1\",\"rank\":1},{\"__typename\":\"Company\",\"id\":\"c1\",\"employees\":9}]}}",
            result.ToJson());
    }

    [Fact]
    public async Task An_asynchronous_type_resolver_takes_precedence_over_a_synchronous_one()
    {
        var schema = Schema(new SchemaBindings()
            .ResolveType("Party", (_, _, _) => "Company")
            .ResolveTypeAsync("Party", ByIdPrefixAsync));

        var result = await ExecuteAsync(schema, "{ parties { __typename } }");

        Assert.Equal("{\"data\":{\"parties\":[{\"__typename\":\"Institution\"},{\"__typename\":\"Company\"}]}}", result.ToJson());
    }

    [Fact]
    public async Task An_asynchronous_null_type_name_is_a_located_field_error_that_propagates()
    {
        var schema = Schema(new SchemaBindings().ResolveTypeAsync("Party", ByIdPrefixAsync));

        var result = await ExecuteAsync(schema, "{ party { id } }");

        var error = Assert.Single(result.Errors!);
        Assert.StartsWith("Abstract type \"Party\" must resolve to an Object type at runtime for field \"Query.party\".", error.Message, StringComparison.Ordinal);
        Assert.Equal(["party"], error.Path!);
        Assert.True(result.HasData);
        Assert.Null(result.Data);
    }
}
