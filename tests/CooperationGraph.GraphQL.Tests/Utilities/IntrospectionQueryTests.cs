using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Utilities;
using CooperationGraph.GraphQL.Validation;

namespace CooperationGraph.GraphQL.Tests.Utilities;

public sealed class IntrospectionQueryTests
{
    [Fact]
    public void The_query_with_every_option_is_valid_against_any_schema()
    {
        var schema = BuildSchema.FromSdl(SampleSchemas.Minimal);
        var text = IntrospectionQuery.Build(new IntrospectionOptions
        {
            SpecifiedByUrl = true,
            DirectiveIsRepeatable = true,
            SchemaDescription = true,
            InputValueDeprecation = true,
            OneOf = true,
        });

        Assert.Empty(DocumentValidator.Validate(schema, Parser.Parse(text)));
    }

    [Fact]
    public void Options_add_or_remove_exactly_their_selections()
    {
        var plain = IntrospectionQuery.Build(new IntrospectionOptions { Descriptions = false });
        var full = IntrospectionQuery.Build(new IntrospectionOptions { OneOf = true, SpecifiedByUrl = true, DirectiveIsRepeatable = true });

        Assert.DoesNotContain("description", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("isOneOf", plain, StringComparison.Ordinal);
        Assert.Contains("isOneOf", full, StringComparison.Ordinal);
        Assert.Contains("specifiedByURL", full, StringComparison.Ordinal);
        Assert.Contains("isRepeatable", full, StringComparison.Ordinal);
        Assert.DoesNotContain("includeDeprecated: true) { ...InputValue", full, StringComparison.Ordinal);
    }

    [Fact]
    public void TypeRef_asks_for_name_before_kind_inside_ofType_as_graphql_js_16_15_does()
    {
        var text = IntrospectionQuery.Build(new IntrospectionOptions { TypeDepth = 2 });

        Assert.EndsWith(
            "fragment TypeRef on __Type {\n  kind\n  name\n  ofType {\n    name\n    kind\n    ofType {\n      name\n      kind\n    }\n  }\n}\n",
            text,
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(9, 9)]
    [InlineData(100, 100)]
    public void TypeDepth_is_the_number_of_nested_ofType_levels(int typeDepth, int ofTypes)
    {
        var text = IntrospectionQuery.Build(new IntrospectionOptions { TypeDepth = typeDepth });

        Assert.Equal(ofTypes, text.Split("ofType {").Length - 1);
        Assert.Equal(9, IntrospectionQuery.Build().Split("ofType {").Length - 1);
    }

    [Fact]
    public void TypeDepth_above_one_hundred_is_refused_with_graphql_js_message()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => IntrospectionQuery.Build(new IntrospectionOptions { TypeDepth = 101 }));

        Assert.StartsWith("Please set typeDepth to a reasonable value between 0 and 100; the default is 9.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Directive_deprecation_asks_for_deprecated_directives_and_their_reasons()
    {
        var plain = IntrospectionQuery.Build();
        var deprecation = IntrospectionQuery.Build(new IntrospectionOptions { DirectiveDeprecation = true });

        Assert.DoesNotContain("directives(includeDeprecated: true)", plain, StringComparison.Ordinal);
        Assert.Contains("directives(includeDeprecated: true) {\n      name\n      description\n      isDeprecated\n      deprecationReason\n      locations", deprecation, StringComparison.Ordinal);
        Assert.Empty(DocumentValidator.Validate(BuildSchema.FromSdl(SampleSchemas.Minimal), Parser.Parse(deprecation)));
    }
}
