using System.Net;
using CooperationGraph.Api.Tests.Integration;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Relationships;

/// <summary>The root relationships and the aggregates under the default cost limit: a dashboard passes, a fan-out does not.</summary>
[Collection(SeededHostCollection.Name)]
public sealed class RelationshipCostTests(SeededHost host)
{
    private const long DefaultLimit = 100_000;

    [Fact]
    public async Task A_dashboard_of_charts_and_a_page_of_planned_items_passes()
    {
        var response = await host.ResponseAsync("""
            { typeByStatus: relationshipAggregate(by: [TYPE, STATUS]) { keys count }
              fundsByYear: relationshipAggregate(by: [YEAR], where: { type: FUNDS }) { keys count amountSum amountMin amountMax amountAvg possibleDuplicateAmountSum }
              labelByBloc: entityAggregate(by: [LABEL, BLOC]) { keys names count }
              planned: relationships(where: { status: PLANNED }, first: 100) { totalCount nodes { id type start { id name } end { id name } } } }
            """);

        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        var cost = response.GetProperty("extensions").GetProperty("cost");
        // Three aggregates (100 + 200 buckets each) and a page of 100 relations with two ends each (100 + 100 × 3).
        Assert.Equal(3 * (100 + 200) + 100 + 1 + (100 * 3), cost.GetProperty("requested").GetInt64());
    }

    [Theory]
    [InlineData("{ relationships(first: 1000) { nodes { start { relationsConnection(first: 1000) { nodes { id } } } } } }")]
    [InlineData("{ relationships(first: 1000) { nodes { end { ... on Organisation { cooperatesWith(first: 1000) { other { id } } } } } } }")]
    public async Task A_fan_out_from_every_relationship_is_refused(string query)
    {
        using var response = await host.Client.SendAsync(PostQuery(query, ResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single((await JsonAsync(response)).GetProperty("errors").EnumerateArray().ToArray());
        Assert.Equal("LIMIT_EXCEEDED", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains($"maximum cost of {DefaultLimit}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
