using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class BuildSchemaTests
{
    [Fact]
    public void Conventional_root_type_names_need_no_schema_definition()
    {
        var schema = BuildSchema.FromSdl(SampleSchemas.WithSubscription);

        Assert.Equal("Query", schema.Query!.Name);
        Assert.Equal("Mutation", schema.Mutation!.Name);
        Assert.Equal("Subscription", schema.Subscription!.Name);
    }

    [Fact]
    public void Extensions_add_fields_values_members_and_directives()
    {
        var schema = BuildSchema.FromSdl(SampleSchemas.KitchenSink);

        Assert.Equal("Root", schema.Query!.Name);
        Assert.NotNull(schema.Query.GetField("version"));
        Assert.Equal("GOVERNMENT", ((GraphQLEnumType)schema.GetType("PartnerKind")!).Values[^1].Name);
        Assert.Equal(["Organisation", "Person", "Project"], ((GraphQLUnionType)schema.GetType("SearchResult")!).Types.Select(t => t.Name));
        Assert.True(((GraphQLInputObjectType)schema.GetType("PartyRef")!).IsOneOf);
        Assert.Equal("https://www.rfc-editor.org/rfc/rfc3339", ((GraphQLScalarType)schema.GetType("DateTime")!).SpecifiedByUrl);
        Assert.True(schema.GetDirective("cost")!.IsRepeatable);
        Assert.Equal("No longer supported", ((GraphQLFieldsType)schema.GetType("Organisation")!).GetField("region")!.DeprecationReason);
    }

    [Fact]
    public void Default_values_are_coerced_to_internal_values()
    {
        var schema = BuildSchema.FromSdl(SampleSchemas.KitchenSink);
        var filter = (GraphQLInputObjectType)schema.GetType("Filter")!;

        Assert.Equal(["GUANGXI", "GUANGDONG"], (List<object?>)filter.Fields["regions"].DefaultValue!);
        Assert.Equal(20, filter.Fields["limit"].DefaultValue);
        Assert.False(filter.Fields["nested"].HasDefaultValue);
    }

    [Fact]
    public void Extensions_spread_over_several_documents()
    {
        var schema = BuildSchema.FromDocuments([Parser.Parse("type Query { a: Int }"), Parser.Parse("extend type Query { b: String }")]);

        Assert.Equal(["a", "b"], schema.Query!.Fields.Keys);
    }

    [Theory]
    [InlineData("type Query { a: Missing }", "Unknown type: \"Missing\".")]
    [InlineData("type Query { a: Int } extend type Other { b: Int }", "Cannot extend type \"Other\" because it is not defined.")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { a: Int } query { a }", "Only type system definitions may appear in SDL; found OperationDefinition.")]
    public void Unusable_sdl_is_rejected_with_a_clear_message(string sdl, string message)
    {
        var error = Assert.Throws<InvalidOperationException>(() => BuildSchema.FromSdl(sdl).Query!.Fields.Count);

        Assert.Equal(message, error.Message);
    }

    [Fact]
    public async Task Bindings_attach_resolvers_type_resolvers_scalars_and_enum_values()
    {
        var bindings = new SchemaBindings()
            .Resolve("Query", "greet", context => "hello " + context.GetArgument<string>("name"))
            .Resolve("Query", "pet", _ => new ValueTask<object?>(Task.Delay(1).ContinueWith(_ => (object?)"cat", TaskScheduler.Default).Result))
            .ResolveType("Pet", (value, _, _) => value is "cat" ? "Cat" : null)
            .Resolve("Cat", "sound", _ => "meow")
            .Scalar(new GraphQLScalarType("Upper", serialize: value => value?.ToString()?.ToUpperInvariant()))
            .Resolve("Query", "shout", _ => "quiet")
            .Enum("Level", new Dictionary<string, object> { ["HIGH"] = 3 })
            .Resolve("Query", "level", _ => 3);
        var schema = BuildSchema.FromSdl("""
            scalar Upper
            enum Level { LOW HIGH }
            interface Pet { sound: String }
            type Cat implements Pet { sound: String }
            type Query { greet(name: String!): String pet: Pet shout: Upper level: Level }
            """, bindings);

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse("{ greet(name: \"黎\") pet { __typename sound } shout level }"),
        });

        Assert.Equal("{\"data\":{\"greet\":\"hello 黎\",\"pet\":{\"__typename\":\"Cat\",\"sound\":\"meow\"},\"shout\":\"QUIET\",\"level\":\"HIGH\"}}", result.ToJson());
    }

    [Fact]
    public void Bindings_to_unknown_fields_are_rejected()
    {
        var bindings = new SchemaBindings().Resolve("Query", "nope", _ => null);

        var error = Assert.Throws<InvalidOperationException>(() => BuildSchema.FromSdl("type Query { a: Int }", bindings));

        Assert.Equal("Cannot bind Query.nope: the type has no field \"nope\".", error.Message);
    }
}
