using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class IntrospectionComparisonTests
{
    public static TheoryData<string> Schemas => new() { SampleSchemas.KitchenSink, SampleSchemas.Minimal, SampleSchemas.WithSubscription };

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Default_introspection_query_matches_graphql_js(string sdl)
    {
        var expected = GraphQLJs.Introspect(sdl);

        var actual = await IntrospectAsync(sdl, new IntrospectionOptions());

        JsonAssert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Introspection_query_with_every_option_matches_graphql_js(string sdl)
    {
        var expected = GraphQLJs.Introspect(sdl, new
        {
            descriptions = true,
            specifiedByUrl = true,
            directiveIsRepeatable = true,
            schemaDescription = true,
            inputValueDeprecation = true,
            oneOf = true,
        });

        var actual = await IntrospectAsync(sdl, new IntrospectionOptions
        {
            SpecifiedByUrl = true,
            DirectiveIsRepeatable = true,
            SchemaDescription = true,
            InputValueDeprecation = true,
            OneOf = true,
        });

        JsonAssert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public async Task Introspection_with_directive_deprecation_and_a_type_depth_matches_graphql_js(string sdl)
    {
        var expected = GraphQLJs.Introspect(sdl, new { experimentalDirectiveDeprecation = true, typeDepth = 2 });

        var actual = await IntrospectAsync(sdl, new IntrospectionOptions { DirectiveDeprecation = true, TypeDepth = 2 });

        JsonAssert.Equal(expected, actual);
    }

    [Fact]
    public async Task Introspection_without_descriptions_matches_graphql_js()
    {
        var expected = GraphQLJs.Introspect(SampleSchemas.KitchenSink, new { descriptions = false });

        var actual = await IntrospectAsync(SampleSchemas.KitchenSink, new IntrospectionOptions { Descriptions = false });

        JsonAssert.Equal(expected, actual);
    }

    private static async Task<string> IntrospectAsync(string sdl, IntrospectionOptions options)
    {
        var schema = BuildSchema.FromSdl(sdl);
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(IntrospectionQuery.Build(options)),
        });
        return result.ToJson();
    }
}
