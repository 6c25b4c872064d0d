using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

/// <summary>
/// The context of a field of scalars that resolved synchronously is reused for the next such field: every resolver
/// and middleware must still see its own field, source, arguments and path while it runs, and an asynchronous one
/// keeps its context until it completes.
/// </summary>
public sealed class ResolveContextReuseTests
{
    private const string Sdl = """
        type Query { labs: [Lab!]! }
        type Lab { name: String! where: String! label(prefix: String!): String! later: String! tags: [String!]! }
        """;

    private static readonly object[] Labs = [.. Enumerable.Range(1, 3).Select(i => new Dictionary<string, object?> { ["name"] = $"lab {i}" })];

    private static readonly GraphQLSchema Schema = BuildSchema.FromSdl(Sdl, new SchemaBindings()
        .Resolve("Query", "labs", _ => Labs)
        .Resolve("Lab", "name", context => Name(context))
        .Resolve("Lab", "where", context => $"{context.Path} {context.ParentType.Name}.{context.FieldName}")
        .Resolve("Lab", "label", context => context.GetArgument<string>("prefix") + Name(context))
        .Resolve("Lab", "later", async context =>
        {
            var before = $"{context.Path}:{Name(context)}";
            await Task.Yield();
            // Its siblings have resolved (and reused contexts) meanwhile: this one is still its own.
            return $"{before} = {context.Path}:{Name(context)}:{context.FieldName}";
        })
        .Resolve("Lab", "tags", context => new[] { Name(context), context.FieldName }));

    // The response with each lab's members as the function writes them for its index.
    private static string Response(Func<int, string> members) =>
        $"{{\"data\":{{\"labs\":[{string.Join(',', Enumerable.Range(0, 3).Select(i => $"{{{members(i)}}}"))}]}}}}";

    private static string Name(ResolveFieldContext context) => (string)((IReadOnlyDictionary<string, object?>)context.Source!)["name"]!;

    [Fact]
    public async Task Synchronous_leaf_fields_each_see_their_own_field_source_arguments_and_path()
    {
        var result = await ExecuteAsync(Schema, "{ labs { name where a: label(prefix: \"a-\") b: label(prefix: \"b-\") tags } }");

        Assert.Equal(Response(i => $"\"name\":\"lab {i + 1}\",\"where\":\"labs.{i}.where Lab.where\",\"a\":\"a-lab {i + 1}\",\"b\":\"b-lab {i + 1}\",\"tags\":[\"lab {i + 1}\",\"tags\"]"), result.ToJson());
    }

    [Fact]
    public async Task An_asynchronous_leaf_keeps_its_context_while_synchronous_siblings_resolve()
    {
        var result = await ExecuteAsync(Schema, "{ labs { later name where tags } }");

        Assert.Equal(Response(i => $"\"later\":\"labs.{i}.later:lab {i + 1} = labs.{i}.later:lab {i + 1}:later\",\"name\":\"lab {i + 1}\",\"where\":\"labs.{i}.where Lab.where\",\"tags\":[\"lab {i + 1}\",\"tags\"]"), result.ToJson());
    }

    [Fact]
    public async Task Middleware_that_awaits_a_leaf_reads_the_same_field_after_it()
    {
        var seen = new List<string>();
        FieldMiddleware trace = async (context, next) =>
        {
            var before = $"{context.Path}";
            var value = await next(context);
            lock (seen)
            {
                seen.Add($"{before}={context.Path}");
            }

            return value;
        };

        var result = await ExecuteAsync(Schema, "{ labs { name later where } }", middleware: [trace]);

        Assert.Null(result.Errors);
        Assert.Equal(10, seen.Count);
        Assert.All(seen, entry => Assert.Equal(entry[..entry.IndexOf('=', StringComparison.Ordinal)], entry[(entry.IndexOf('=', StringComparison.Ordinal) + 1)..]));
    }
}
