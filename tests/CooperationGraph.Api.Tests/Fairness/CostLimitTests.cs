using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Api.Tests.Integration;
using CooperationGraph.Api.Tests.Readme;
using CooperationGraph.GraphQL.Utilities;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// The default cost limit against the seeded service: every example the READMEs show and GraphiQL's introspection
/// run and report their cost; the nested and aliased fan-outs that used to starve the service are refused before
/// they run, with the cost and the limit in the message.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed partial class CostLimitTests(SeededHost host)
{
    private const long DefaultLimit = 100_000;

    private const string ThreeHops = """
        entities(first: 1000) { nodes { id name relationsConnection(first: 1000) { nodes { type other { id name
          relationsConnection(first: 1000) { nodes { type other { id name relationsConnection(first: 1000) { nodes { type other { id name } } } } } } } } } } }
        """;

    public static TheoryData<string> Accepted()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExamples.Read(File.ReadAllText(ReadmeExamples.Path())))
        {
            data.Add(example.Query);
        }

        var analytics = File.ReadAllText(Path.Combine(Path.GetDirectoryName(ReadmeExamples.Path())!, "src", "CooperationGraph.Analytics", "README.md"));
        foreach (Match block in GraphQLBlock().Matches(analytics))
        {
            data.Add(block.Groups[1].Value);
        }

        // GraphiQL's introspection, and the dashboard's counts, look-ups and drawings.
        data.Add(IntrospectionQuery.Build(new IntrospectionOptions { Descriptions = true, DirectiveIsRepeatable = true, SpecifiedByUrl = true, InputValueDeprecation = true }));
        data.Add("{ entityCounts(by: LABEL) { key count } relationshipCounts(by: TYPE) { key count amountSum } byBloc: entityCounts(by: BLOC) { key count } }");
        data.Add("""{ neighborhood(id: "org:gx-dost", hops: 2) { nodes { id name label } edges { id type from to } truncated } }""");
        data.Add("""{ partners(of: "org:gx-dost", depth: 2) { distance bloc partner { id name } via { type from to } } }""");
        data.Add("{ documents(first: 50) { totalCount nodes { id name } } }");
        return data;
    }

    [Theory]
    [MemberData(nameof(Accepted))]
    public async Task Readme_examples_introspection_and_dashboard_queries_pass_and_report_their_cost(string query)
    {
        var response = await host.ResponseAsync(query);

        if (response.TryGetProperty("errors", out var errors))
        {
            Assert.All(errors.EnumerateArray(), error => Assert.NotEqual("LIMIT_EXCEEDED", Code(error)));
        }

        var cost = response.GetProperty("extensions").GetProperty("cost");
        Assert.InRange(cost.GetProperty("requested").GetInt64(), 1, DefaultLimit);
        Assert.InRange(cost.GetProperty("actual").GetInt64(), 0, DefaultLimit);
        Assert.Equal(DefaultLimit, cost.GetProperty("maximum").GetInt64());
    }

    [Theory]
    [InlineData("{ " + ThreeHops + " }", 2_003_003_002_001L)]
    [InlineData("{ a: " + ThreeHops + " b: " + ThreeHops + " c: " + ThreeHops + " d: " + ThreeHops + " }", 8_012_012_008_004L)]
    [InlineData("{ entities(first: 1000) { nodes { id relationsConnection(first: 1000) { nodes { type other { id name } } } } } }", 2_002_001L)]
    [InlineData("{ entities(first: 1000) { nodes { id ... on Organisation { cooperatesWith(first: 10000) { other { name } } } } } }", 20_001_001L)]
    public async Task Nested_and_aliased_fan_outs_are_refused_naming_their_cost_and_the_limit(string query, long cost)
    {
        using var response = await host.Client.SendAsync(PostQuery(query, ResponseJson));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await JsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray().ToArray());
        Assert.Equal("LIMIT_EXCEEDED", Code(error));
        Assert.Equal("maxCost", error.GetProperty("extensions").GetProperty("limit").GetString());
        Assert.StartsWith($"Query cost {cost} exceeds the maximum cost of {DefaultLimit}", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_actual_cost_counts_what_came_back()
    {
        // 1000 entities asked for, the seed graph has fewer: the estimate is the bound, the actual what was sent.
        var response = await host.ResponseAsync("{ entities(first: 1000) { totalCount nodes { id } } }");

        var total = response.GetProperty("data").GetProperty("entities").GetProperty("totalCount").GetInt64();
        var cost = response.GetProperty("extensions").GetProperty("cost");
        Assert.Equal(1 + 1000, cost.GetProperty("requested").GetInt64());
        Assert.Equal(1 + total, cost.GetProperty("actual").GetInt64());
    }

    private static string? Code(JsonElement error) =>
        error.TryGetProperty("extensions", out var extensions) && extensions.TryGetProperty("code", out var code) ? code.GetString() : null;

    [GeneratedRegex("```graphql\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
