using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using static CooperationGraph.GraphQL.Tests.Execution.ExecutionTestKit;

namespace CooperationGraph.GraphQL.Tests.Execution;

public sealed class MiddlewareTests
{
    private static readonly GraphQLSchema Schema = new(new GraphQLObjectType("Query", () =>
    [
        Field("open", SpecifiedScalars.String, Value("public")),
        Field("secret", SpecifiedScalars.String, Value("classified")),
    ]));

    [Fact]
    public async Task Middleware_wraps_resolvers_outermost_first()
    {
        var trace = new List<string>();
        FieldMiddleware Named(string name) => async (context, next) =>
        {
            trace.Add(name + ">" + context.FieldName);
            var value = await next(context);
            trace.Add(name + "<" + context.FieldName);
            return value;
        };

        var result = await ExecuteAsync(Schema, "{ open }", middleware: [Named("outer"), Named("inner")]);

        Assert.Equal(["outer>open", "inner>open", "inner<open", "outer<open"], trace);
        Assert.Equal("{\"data\":{\"open\":\"public\"}}", result.ToJson());
    }

    [Fact]
    public async Task Authorization_middleware_can_deny_a_field_with_an_error()
    {
        FieldMiddleware authorize = (context, next) => context.FieldName == "secret"
            ? throw new GraphQLError("Not authorized.", extensions: new Dictionary<string, object?> { ["code"] = "FORBIDDEN" })
            : next(context);

        var result = await ExecuteAsync(Schema, "{ open secret }", middleware: [authorize]);

        Assert.Equal(
            "{\"errors\":[{\"message\":\"Not authorized.\",\"locations\":[{\"line\":1,\"column\":8}],\"path\":[\"secret\"],\"extensions\":{\"code\":\"FORBIDDEN\"}}],\"data\":{\"open\":\"public\",\"secret\":null}}",
            result.ToJson());
    }

    [Fact]
    public async Task Middleware_can_replace_a_value()
    {
        FieldMiddleware upper = async (context, next) => (await next(context) as string)?.ToUpperInvariant();

        var result = await ExecuteAsync(Schema, "{ open }", middleware: [upper]);

        Assert.Equal("{\"data\":{\"open\":\"PUBLIC\"}}", result.ToJson());
    }
}
