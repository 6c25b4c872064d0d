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
}
