using System.Text.Json;
using CooperationGraph.GraphQL.Runner;
using CooperationGraph.GraphQL.Tests.Utilities;

namespace CooperationGraph.GraphQL.Tests.Runner;

public sealed class ConformanceRunnerTests
{
    private const string Schema = """
        interface Node { id: ID! }
        interface Named implements Node { id: ID! name: String }
        type Person implements Named & Node { id: ID! name: String age: Int friends: [Person!] best: Person! tags: [String]! }
        type Org implements Node { id: ID! title: String! members: [Person] }
        union Entity = Person | Org
        enum Region { GUANGXI GUANGDONG HONG_KONG MACAO }
        input Filter { region: Region = GUANGXI, min: Int, names: [String!] }
        input Pick @oneOf { id: ID, name: String }
        type Query {
          me: Person
          people: [Person]
          strict: [Person!]!
          entities: [Entity]
          node(id: ID): Node
          region: Region
          badRegion: Region
          count: Int
          ratio: Float
          flag: Boolean
          big: Int
          fraction: Int
          text: String
          missing: String!
          search(filter: Filter, pick: Pick, ids: [ID!], n: Int = 3): String
        }
        type Mutation { touch(id: ID!): Person }
        """;

    private const string Data = """
        {
          "me": { "id": 1, "name": "黎", "age": 30, "friends": [{ "id": "2", "name": "Bo", "tags": [] }, null], "best": null, "tags": ["a", null] },
          "people": [{ "id": "3", "name": "C", "age": 2.5 }, { "id": "4", "name": null, "age": 40 }],
          "strict": [{ "id": "5" }, null, { "id": "6" }],
          "entities": [{ "__typename": "Person", "id": "7", "name": "P" }, { "__typename": "Org", "id": "8", "title": "O", "members": [] }, { "__typename": "Robot", "id": "9" }, { "id": "10" }],
          "node": { "__typename": "Org", "id": "8", "title": null },
          "region": "GUANGXI",
          "badRegion": "TIBET",
          "count": 7,
          "ratio": 0.5,
          "flag": true,
          "big": 3000000000,
          "fraction": 1.25,
          "text": 12,
          "missing": null,
          "search": "found",
          "touch": { "id": "1", "name": "touched" }
        }
        """;

    private static readonly (string Query, string? Variables, string? OperationName)[] Cases =
    [
        ("{ me { id name age tags } }", null, null),
        ("{ me { friends { name tags } } }", null, null),
        ("{ me { best { id } name } }", null, null),
        ("{ people { id name age } }", null, null),
        ("{ strict { id } count }", null, null),
        ("{ entities { __typename ... on Named { name } ... on Org { title members { id } } } }", null, null),
        ("{ node { id ... on Org { title } } }", null, null),
        ("{ region badRegion }", null, null),
        ("{ count ratio flag big fraction text }", null, null),
        ("{ missing count }", null, null),
        ("{ a: count b: count c: ratio }", null, null),
        ("{ me { ...F } } fragment F on Person { id ... on Named { name } }", null, null),
        ("{ count @skip(if: true) ratio @include(if: false) flag @include(if: true) }", null, null),
        ("query ($s: Boolean!) { count @skip(if: $s) ratio }", """{ "s": true }""", null),
        ("query ($s: Boolean!) { count @skip(if: $s) }", "{}", null),
        ("query ($f: Filter) { search(filter: $f) }", """{ "f": { "region": "MARS", "min": 1.5, "names": ["a", null], "extra": 1 } }""", null),
        ("query ($p: Pick) { search(pick: $p) }", """{ "p": { "id": "1", "name": "x" } }""", null),
        ("query ($p: Pick) { search(pick: $p) }", """{ "p": { "id": null } }""", null),
        ("query ($ids: [ID!]) { search(ids: $ids) }", """{ "ids": [1, "2", 3.5, true] }""", null),
        ("query ($n: Int) { search(n: $n) }", """{ "n": 2147483648 }""", null),
        ("query A { count } query B { ratio }", null, "B"),
        ("query A { count } query B { ratio }", null, null),
        ("query A { count }", null, "C"),
        ("mutation { touch(id: 1) { name } }", null, null),
        ("subscription { count }", null, null),
        ("{ __typename me { __typename } }", null, null),
        ("{ __type(name: \"Entity\") { kind possibleTypes { name } } }", null, null),
        ("{ __schema { queryType { name } mutationType { name } subscriptionType { name } } }", null, null),
        ("{ unknown }", null, null),
        ("{ me { id }", null, null),
        ("query ($v: Region = HONG_KONG) { search(filter: { region: $v }) }", null, null),
    ];

    public static TheoryData<string, string?, string?> Requests
    {
        get
        {
            var data = new TheoryData<string, string?, string?>();
            foreach (var (query, variables, operationName) in Cases)
            {
                data.Add(query, variables, operationName);
            }

            return data;
        }
    }

    // graphql-js answers every request of the table in one node process; each case looks its answer up.
    private static readonly Lazy<Dictionary<string, JsonElement>> Expected = new(() =>
    {
        var lines = Cases.Select(c => RequestJson(c.Query, c.Variables, c.OperationName)).ToList();
        var answers = GraphQLJs.Execute(Schema, Data, lines.Select(line => (object)JsonDocument.Parse(line).RootElement));
        return lines.Zip(answers).ToDictionary(pair => pair.First, pair => pair.Second);
    });

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task Response_matches_graphql_js(string query, string? variablesJson, string? operationName)
    {
        var line = RequestJson(query, variablesJson, operationName);
        var runner = ConformanceRunner.Create(Schema, Data);

        var actual = await runner.AnswerAsync(line);

        JsonAssert.Equal(Expected.Value[line], actual.ToJson());
    }

    private static string RequestJson(string query, string? variablesJson, string? operationName)
    {
        using var variables = variablesJson is null ? null : JsonDocument.Parse(variablesJson);
        return JsonSerializer.Serialize(new { query, variables = variables?.RootElement, operationName });
    }

    [Theory]
    [InlineData("not json", "Request line is not valid JSON")]
    [InlineData("[1, 2]", "Request line must be a JSON object.")]
    [InlineData("{\"variables\": {}}", "Must provide query string.")]
    [InlineData("{\"query\": \"{ count }\", \"variables\": [1]}", "Variables must be an object.")]
    [InlineData("{\"query\": \"{ count }\", \"operationName\": 3}", "Operation name must be a string.")]
    public async Task Malformed_lines_get_an_error_response_without_data(string line, string messageStart)
    {
        var runner = ConformanceRunner.Create(Schema, Data);

        var result = await runner.AnswerAsync(line);

        Assert.False(result.HasData);
        Assert.StartsWith(messageStart, Assert.Single(result.Errors!).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_non_blank_line_gets_exactly_one_response_line_in_order()
    {
        var runner = ConformanceRunner.Create(Schema, Data);
        var input = new StringReader("{\"query\": \"{ count }\"}\n\n garbage \n{\"query\": \"{ ratio }\"}\n");
        var output = new StringWriter();

        await runner.RunAsync(input, output);

        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.Equal("{\"data\":{\"count\":7}}", lines[0]);
        Assert.Contains("not valid JSON", lines[1], StringComparison.Ordinal);
        Assert.Equal("{\"data\":{\"ratio\":0.5}}", lines[2]);
    }

    [Fact]
    public async Task An_invalid_schema_answers_each_request_with_the_schema_errors()
    {
        var runner = ConformanceRunner.Create("type Query { a: Int } union U = Query | Query", "{}");

        var result = await runner.AnswerAsync("{\"query\": \"{ a }\"}");

        Assert.False(result.HasData);
        Assert.Equal("Union type U can only include type Query once.", Assert.Single(result.Errors!).Message);
    }

    [Fact]
    public void Unbuildable_schema_or_data_is_a_setup_error()
    {
        Assert.Throws<RunnerSetupException>(() => ConformanceRunner.Create("type Query { a: Missing }", "{}"));
        Assert.Throws<RunnerSetupException>(() => ConformanceRunner.Create("type Query { a: Int }", "{ nope"));
        Assert.Throws<RunnerSetupException>(() => ConformanceRunner.Create("type Query {", "{}"));
    }
}
