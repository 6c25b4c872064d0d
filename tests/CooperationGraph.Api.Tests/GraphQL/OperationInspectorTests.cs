using CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.Api.Tests.GraphQL;

public sealed class OperationInspectorTests
{
    private readonly OperationInspector _inspector = new(new GraphQLLimitOptions { MaxDocumentLength = 200 }, cacheSize: 2);

    [Theory]
    [InlineData("{ hello }", null, "Query", null)]
    [InlineData("mutation Touch { increment }", null, "Mutation", "Touch")]
    [InlineData("subscription { countdown(from: 1) }", null, "Subscription", null)]
    [InlineData("query A { hello } mutation B { increment }", "B", "Mutation", "B")]
    [InlineData("query A { hello } mutation B { increment } fragment F on Query { hello }", "A", "Query", "A")]
    public void The_selected_operation_is_named_with_its_kind(string document, string? operationName, string kind, string? name)
    {
        var selected = _inspector.Select(document, operationName);

        Assert.NotNull(selected);
        Assert.Equal(Enum.Parse<OperationType>(kind), selected.Kind);
        Assert.Equal(name, selected.Name);
    }

    [Theory]
    [InlineData("{ hello", null)]
    [InlineData("query A { hello } query B { hello }", null)]
    [InlineData("query A { hello }", "Missing")]
    [InlineData("fragment F on Query { hello }", null)]
    public void Documents_the_engine_must_reject_select_nothing(string document, string? operationName) =>
        Assert.Null(_inspector.Select(document, operationName));

    [Fact]
    public void A_document_over_the_length_limit_is_not_parsed() =>
        Assert.Null(_inspector.Select("mutation { " + new string(' ', 300) + "increment }", null));

    [Fact]
    public void A_full_cache_is_refilled_and_answers_stay_right()
    {
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(OperationType.Mutation, _inspector.Select($"mutation M{i} {{ increment }}", null)!.Kind);
            Assert.Equal(OperationType.Query, _inspector.Select($"query Q{i} {{ hello }}", null)!.Kind);
        }
    }
}
