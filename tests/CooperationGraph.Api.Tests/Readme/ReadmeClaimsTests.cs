using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Api.Tests.GraphQL;
using CooperationGraph.Api.Tests.Integration;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Tests.Readme;

/// <summary>
/// What the README says in prose, beside its examples: the curl command of its first steps, how many example tabs
/// GraphiQL opens and what the examples and GraphiQL's introspection cost. Each claim is read from the README itself,
/// so a change on either side fails here.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed partial class ReadmeClaimsTests(SeededHost host)
{
    private static readonly string s_readme = File.ReadAllText(ReadmeExamples.Path()).ReplaceLineEndings("\n");

    [Fact]
    public async Task The_curl_command_of_the_first_steps_answers_the_entity_it_names()
    {
        var command = CurlCommand().Match(s_readme);
        Assert.True(command.Success, "README.md shows no curl command posting to /graphql");
        Assert.Equal("application/json", command.Groups["type"].Value);

        // As curl sends it: the body between the single quotes, Accept: */*.
        using var request = GraphQLHttp.Post(command.Groups["body"].Value, "*/*");
        using var response = await host.Client.SendAsync(request);
        var body = await GraphQLHttp.JsonAsync(response);

        Assert.Equal("application/json", GraphQLHttp.MediaType(response));
        Assert.False(body.TryGetProperty("errors", out var errors), errors.ToString());
        var node = body.GetProperty("data").GetProperty("node");
        Assert.Equal("org:gx-dost", node.GetProperty("id").GetString());
        Assert.False(string.IsNullOrEmpty(node.GetProperty("name").GetString()));
    }

    [Fact]
    public void The_first_steps_count_the_example_tabs_graphiql_opens()
    {
        var claim = TabCount().Match(s_readme);
        Assert.True(claim.Success, "README.md no longer says how many example queries GraphiQL opens");

        string[] numbers = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
        Assert.Equal(ReadmeExamples.Read(s_readme).Count, Array.IndexOf(numbers, claim.Groups["count"].Value));
    }

    [Fact]
    public async Task The_examples_cost_what_the_readme_says()
    {
        var claim = CostClaim().Match(s_readme);
        Assert.True(claim.Success, "README.md no longer states what its examples cost");

        var costs = new List<long>();
        foreach (var example in ReadmeExamples.Read(s_readme))
        {
            costs.Add(await RequestedCostAsync(example.Query));
        }
        var introspection = await RequestedCostAsync(IntrospectionQuery.Build(new IntrospectionOptions
        {
            Descriptions = true,
            DirectiveIsRepeatable = true,
            SpecifiedByUrl = true,
            InputValueDeprecation = true,
        }));

        Assert.Equal(Number(claim.Groups["low"].Value), costs.Min());
        Assert.Equal(Number(claim.Groups["high"].Value), costs.Max());
        // "About": the schema grows by a field now and then; a tenth either way still reads as that number.
        var stated = Number(claim.Groups["introspection"].Value);
        Assert.InRange(introspection, stated * 9 / 10, stated * 11 / 10);
    }

    private async Task<long> RequestedCostAsync(string query)
    {
        var response = await host.ResponseAsync(query);
        Assert.False(response.TryGetProperty("errors", out var errors), errors.ToString());
        return response.GetProperty("extensions").GetProperty("cost").GetProperty("requested").GetInt64();
    }

    private static long Number(string text) => long.Parse(text, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"`curl -s http://127\.0\.0\.1:5080/graphql -H 'Content-Type: (?<type>[^']+)' -d '(?<body>[^']+)'`")]
    private static partial Regex CurlCommand();

    [GeneratedRegex(@"GraphiQL opens with the (?<count>\w+) example queries")]
    private static partial Regex TabCount();

    [GeneratedRegex(@"The README's examples cost (?<low>[\d,]+) to (?<high>[\d,]+), GraphiQL's introspection about (?<introspection>[\d,]+)")]
    private static partial Regex CostClaim();
}
