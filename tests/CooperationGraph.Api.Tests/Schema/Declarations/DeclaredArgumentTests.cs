using CooperationGraph.GraphQL.Type;

namespace CooperationGraph.Api.Tests.Schema.Declarations;

/// <summary>A declared argument's default and range are what the printed schema says and what the resolver enforces.</summary>
[Collection(SeededGraphCollection.Name)]
public sealed class DeclaredArgumentTests(SeededGraph graph)
{
    [Theory]
    [InlineData("Query", "search", "first", "10", "(1 to 1000)")]
    [InlineData("Query", "partners", "depth", "1", "(1 to 4)")]
    [InlineData("Query", "partners", "first", "100", "(1 to 1000)")]
    [InlineData("Entity", "relations", "first", null, "(1 to 10000; default 100)")]
    [InlineData("Query", "neighborhood", "hops", "1", "(1 to 6)")]
    [InlineData("Query", "paths", "maxHops", "4", "(1 to 8)")]
    [InlineData("Query", "centrality", "damping", "0.85", "(0 to 1)")]
    [InlineData("Query", "centrality", "samples", null, "(1 to 100000)")]
    [InlineData("Query", "communities", "resolution", "1", "(above 0, at most 100)")]
    [InlineData("Query", "recommendPartners", "first", "10", "(1 to 100)")]
    [InlineData("CommunityPartition", "communities", "first", "20", "(1 to 1000)")]
    public void The_schema_prints_the_declared_default_and_range(string type, string field, string argument, string? defaultLiteral, string range)
    {
        var declared = ((GraphQLFieldsType)graph.Engine.Schema.GetType(type)!).GetField(field)!.GetArgument(argument)!;
        Assert.Contains(range, declared.Description, StringComparison.Ordinal);
        Assert.Equal(defaultLiteral, declared.HasDefaultValue ? Convert.ToString(declared.DefaultValue, System.Globalization.CultureInfo.InvariantCulture) : null);
    }

    [Theory]
    [InlineData("""{ search(text: "广西", first: 1001) { id } }""", "first must lie between 1 and 1000 (got 1001).")]
    [InlineData("""{ partners(of: "region:wuzhou", depth: 5) { kind } }""", "depth must lie between 1 and 4 (got 5).")]
    [InlineData("""{ node(id: "region:wuzhou") { ... on Entity { relations(first: 0) { id } } } }""", "first must lie between 1 and 10000 (got 0).")]
    [InlineData("""{ node(id: "lab:gx-macao-tcm-quality-joint-lab") { ... on Lab { coBuiltBy(first: 10001) { id } } } }""", "first must lie between 1 and 10000 (got 10001).")]
    [InlineData("""{ neighborhood(id: "region:wuzhou", limit: 5001) { truncated } }""", "limit must lie between 1 and 5000 (got 5001).")]
    [InlineData("""{ paths(from: "region:wuzhou", to: "region:nanning", maxHops: 9) { length } }""", "maxHops must lie between 1 and 8 (got 9).")]
    [InlineData("""{ communities(resolution: 100.5) { count } }""", "resolution must lie above 0 and at most 100 (got 100.5).")]
    public async Task A_value_out_of_the_declared_range_is_the_callers_mistake(string query, string message)
    {
        var error = await graph.ErrorAsync(query);
        Assert.Equal(message, error.GetProperty("message").GetString());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public void A_unit_default_is_printed_from_the_store_default()
    {
        var sumUnit = ((GraphQLFieldsType)graph.Engine.Schema.GetType("Query")!).GetField("relationshipAggregate")!.GetArgument("sumUnit")!;
        Assert.Equal(CooperationGraph.Domain.Store.AggregateQuery.DefaultSumUnit, sumUnit.DefaultValue);
    }

    [Fact]
    public async Task The_declared_default_is_what_an_absent_argument_reads()
    {
        var data = await graph.DataAsync("""{ search(text: "广西") { id } all: search(text: "广西", first: 1000) { id } }""");
        Assert.Equal(10, data.GetProperty("search").GetArrayLength());
        Assert.True(data.GetProperty("all").GetArrayLength() > 10, "the seed data names more than ten entities with 广西");
    }
}
