using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;
using CooperationGraph.GraphQL.Tests.Utilities;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Type;

/// <summary>
/// graphql-js 16.15 lets <c>@deprecated</c> mark a directive (behind its opt-in
/// <c>experimentalDirectivesOnDirectiveDefinitions</c>) and introspects directive deprecation; each expectation is
/// graphql-js's answer on the same SDL.
/// </summary>
public sealed class DirectiveDeprecationTests
{
    private const string Sdl = """
        "Traces a field; replaced by @tag."
        directive @traced(level: Int = 1 @deprecated(reason: "Levels are ignored."), label: String) @deprecated(reason: "Use \"@tag\".") on FIELD | QUERY

        directive @legacy @deprecated repeatable on FIELD | DIRECTIVE_DEFINITION

        directive @tag(name: String!) on FIELD

        type Query {
          count: Int
          nested: [[Int!]]!
        }
        """;

    private static readonly ParseOptions DirectiveDirectives = new() { ExperimentalDirectivesOnDirectiveDefinitions = true };

    private static GraphQLSchema Schema() => BuildSchema.FromDocuments([Parser.Parse(Sdl, DirectiveDirectives)]);

    [Fact]
    public void Deprecated_lists_DIRECTIVE_DEFINITION_among_its_locations()
    {
        Assert.Equal(
            [DirectiveLocation.FieldDefinition, DirectiveLocation.ArgumentDefinition, DirectiveLocation.InputFieldDefinition, DirectiveLocation.EnumValue, DirectiveLocation.DirectiveDefinition],
            SpecifiedDirectives.Deprecated.Locations);
        Assert.Equal("DIRECTIVE_DEFINITION", DirectiveLocation.DirectiveDefinition.ToSpecName());
        Assert.True(DirectiveLocationNames.TryParse("DIRECTIVE_DEFINITION", out var parsed));
        Assert.Equal(DirectiveLocation.DirectiveDefinition, parsed);
    }

    [Fact]
    public void The_sdl_builder_reads_a_directive_deprecation()
    {
        var schema = Schema();

        Assert.Equal("Use \"@tag\".", schema.GetDirective("traced")!.DeprecationReason);
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, schema.GetDirective("legacy")!.DeprecationReason);
        Assert.Null(schema.GetDirective("tag")!.DeprecationReason);
        Assert.Equal("Levels are ignored.", schema.GetDirective("traced")!.GetArgument("level")!.DeprecationReason);
    }

    [Fact]
    public void A_directive_definition_with_directives_is_a_syntax_error_by_default()
    {
        var error = Assert.Throws<GraphQLError>(() => Parser.Parse("directive @x @deprecated on FIELD"));

        Assert.Equal("Syntax Error: Expected \"on\", found \"@\".", error.Message);
        Assert.Equal((1, 14), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void The_experimental_option_parses_and_prints_directives_of_a_directive_definition()
    {
        var document = Parser.Parse("directive @x(a: Int) @deprecated(reason: \"old\") @tag(name: \"t\") repeatable on FIELD", DirectiveDirectives);

        var definition = Assert.IsType<DirectiveDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(["deprecated", "tag"], definition.Directives.Select(d => d.Name.Value));
        Assert.True(definition.Repeatable);
        Assert.Equal("directive @x(a: Int) @deprecated(reason: \"old\") @tag(name: \"t\") repeatable on FIELD", Printer.Print(document));
    }

    [Fact]
    public void Printed_schema_matches_graphql_js()
    {
        var expected = GraphQLJs.PrintSchemaWithDirectiveDirectives(Sdl);

        Assert.Equal(expected, SchemaPrinter.PrintSchema(Schema()));
    }

    [Fact]
    public void Introspection_with_directive_deprecation_matches_graphql_js()
    {
        var expected = GraphQLJs.IntrospectWithDirectiveDirectives(Sdl, new
        {
            descriptions = true,
            directiveIsRepeatable = true,
            inputValueDeprecation = true,
            experimentalDirectiveDeprecation = true,
            typeDepth = 3,
        });

        var actual = Introspect(new IntrospectionOptions
        {
            DirectiveIsRepeatable = true,
            InputValueDeprecation = true,
            DirectiveDeprecation = true,
            TypeDepth = 3,
        });

        JsonAssert.Equal(expected, actual);
    }

    [Fact]
    public void Default_introspection_leaves_deprecated_directives_out_as_graphql_js_does()
    {
        var expected = GraphQLJs.IntrospectWithDirectiveDirectives(Sdl, new { });

        var actual = Introspect(new IntrospectionOptions());

        JsonAssert.Equal(expected, actual);
        Assert.DoesNotContain("\"traced\"", actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schema_directives_filter_on_includeDeprecated()
    {
        var result = await ExecuteAsync("""
            {
              default: __schema { directives { name } }
              all: __schema { directives(includeDeprecated: true) { name isDeprecated deprecationReason } }
            }
            """);

        Assert.Equal(
            """{"data":{"default":{"directives":[{"name":"tag"},{"name":"include"},{"name":"skip"},{"name":"deprecated"},{"name":"specifiedBy"},{"name":"oneOf"}]},"all":{"directives":[{"name":"traced","isDeprecated":true,"deprecationReason":"Use \"@tag\"."},{"name":"legacy","isDeprecated":true,"deprecationReason":"No longer supported"},{"name":"tag","isDeprecated":false,"deprecationReason":null},{"name":"include","isDeprecated":false,"deprecationReason":null},{"name":"skip","isDeprecated":false,"deprecationReason":null},{"name":"deprecated","isDeprecated":false,"deprecationReason":null},{"name":"specifiedBy","isDeprecated":false,"deprecationReason":null},{"name":"oneOf","isDeprecated":false,"deprecationReason":null}]}}}""",
            result);
    }

    [Fact]
    public void IncludeDeprecated_on_schema_directives_is_non_null()
    {
        var errors = DocumentValidator.Validate(Schema(), Parser.Parse("{ __schema { directives(includeDeprecated: null) { name } } }"));

        var error = Assert.Single(errors);
        Assert.Equal("Expected value of type \"Boolean!\", found null.", error.Message);
        Assert.Equal((1, 44), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public async Task DirectiveLocation_enumerates_DIRECTIVE_DEFINITION_last()
    {
        var result = await ExecuteAsync("{ __type(name: \"__DirectiveLocation\") { enumValues { name description } } }");

        Assert.EndsWith(
            """{"name":"INPUT_FIELD_DEFINITION","description":"Location adjacent to an input object field definition."},{"name":"DIRECTIVE_DEFINITION","description":"Location adjacent to a directive definition."}]}}}""",
            result,
            StringComparison.Ordinal);
    }

    [Fact]
    public void KnownDirectives_checks_the_DIRECTIVE_DEFINITION_location()
    {
        var errors = Validate("KnownDirectives", "directive @x @include(if: true) on FIELD\ndirective @y @deprecated on FIELD");

        var error = Assert.Single(errors);
        Assert.Equal("Directive \"@include\" may not be used on DIRECTIVE_DEFINITION.", error.Message);
        Assert.Equal((1, 14), (error.Locations![0].Line, error.Locations[0].Column));
    }

    [Fact]
    public void UniqueDirectivesPerLocation_covers_a_directive_definition()
    {
        var errors = Validate("UniqueDirectivesPerLocation", "directive @x @deprecated @deprecated(reason: \"b\") on FIELD");

        var error = Assert.Single(errors);
        Assert.Equal("The directive \"@deprecated\" can only be used once at this location.", error.Message);
        Assert.Equal([(1, 14), (1, 26)], error.Locations!.Select(l => (l.Line, l.Column)));
    }

    [Fact]
    public void A_directive_extension_needs_the_experimental_option_and_at_least_one_directive()
    {
        var withoutOption = Assert.Throws<GraphQLError>(() => Parser.Parse("extend directive @a @deprecated"));
        var empty = Assert.Throws<GraphQLError>(() => Parser.Parse("extend directive @a", DirectiveDirectives));

        Assert.Equal("Syntax Error: Unexpected Name \"directive\".", withoutOption.Message);
        Assert.Equal((1, 8), (withoutOption.Locations![0].Line, withoutOption.Locations[0].Column));
        Assert.Equal("Syntax Error: Unexpected <EOF>.", empty.Message);
        Assert.Equal((1, 20), (empty.Locations![0].Line, empty.Locations[0].Column));
        Assert.Equal("extend directive @a @x @y(z: 1)", Printer.Print(Parser.Parse("extend  directive @a @x @y(z: 1)", DirectiveDirectives)));
    }

    [Fact]
    public void A_directive_extension_deprecates_a_directive_its_definition_does_not()
    {
        const string sdl = """
            directive @a on FIELD
            extend directive @a @deprecated(reason: "ext")
            directive @b on FIELD
            extend directive @b @since(v: 1)
            extend directive @b @deprecated(reason: "second")
            directive @since(v: Int) repeatable on DIRECTIVE_DEFINITION
            extend directive @include @deprecated
            extend directive @c @deprecated
            type Query { x: Int }
            """;

        var schema = BuildSchema.FromDocuments([Parser.Parse(sdl, DirectiveDirectives)]);

        Assert.Equal("ext", schema.GetDirective("a")!.DeprecationReason);
        Assert.Equal("second", schema.GetDirective("b")!.DeprecationReason);
        Assert.Null(schema.GetDirective("since")!.DeprecationReason);
        Assert.Null(schema.GetDirective("include")!.DeprecationReason);
        Assert.Null(schema.GetDirective("c"));
        Assert.Equal(GraphQLJs.PrintSchemaWithDirectiveDirectives(sdl), SchemaPrinter.PrintSchema(schema));
    }

    [Theory]
    [InlineData("extend directive @a @deprecated @deprecated", "The \"a\" definition is not executable. @ 1:1 | The directive \"@deprecated\" can only be used once at this location. @ 1:21 1:33")]
    [InlineData("directive @a @deprecated on FIELD extend directive @a @deprecated", "The \"a\" definition is not executable. @ 1:1 | The \"a\" definition is not executable. @ 1:35 | The directive \"@deprecated\" can only be used once at this location. @ 1:14 1:55")]
    [InlineData("extend directive @a @include(if: true)", "The \"a\" definition is not executable. @ 1:1 | Directive \"@include\" may not be used on DIRECTIVE_DEFINITION. @ 1:21")]
    [InlineData("{ a } extend directive @a @b", "The \"a\" definition is not executable. @ 1:7 | Unknown directive \"@b\". @ 1:27")]
    public void Directive_extensions_are_validated_as_graphql_js_validates_them(string document, string expected)
    {
        var errors = DocumentValidator.Validate(BuildSchema.FromSdl("type Query { a: Int }"), Parser.Parse(document, DirectiveDirectives));

        Assert.Equal(expected, string.Join(" | ", errors.Select(e => e.Message + " @ " + string.Join(' ', e.Locations!.Select(l => $"{l.Line}:{l.Column}")))));
    }

    private static IReadOnlyList<GraphQLError> Validate(string rule, string sdl) =>
        DocumentValidator.Validate(BuildSchema.FromSdl("type Query { a: Int }"), Parser.Parse(sdl, DirectiveDirectives), [SpecifiedRules.Get(rule)]);

    private static string Introspect(IntrospectionOptions options) =>
        ExecuteAsync(IntrospectionQuery.Build(options)).AsTask().GetAwaiter().GetResult();

    private static async ValueTask<string> ExecuteAsync(string query)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema(), Document = Parser.Parse(query) });
        return result.ToJson();
    }
}
