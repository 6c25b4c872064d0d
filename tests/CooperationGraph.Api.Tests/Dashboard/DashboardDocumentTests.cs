using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Api.Tests.Integration;
using CooperationGraph.GraphQL.Language;
using CooperationGraph.GraphQL.Language.Ast;

namespace CooperationGraph.Api.Tests.Dashboard;

/// <summary>
/// The dashboard's GraphQL documents (src/CooperationGraph.Api/Dashboard/queries) against the seeded service: a
/// schema change that breaks one fails here, before a browser is needed; and the page at the site root.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class DashboardDocumentTests(SeededHost host)
{
    // A value for every variable the documents declare, naming things the seed data holds.
    private static readonly Dictionary<string, object> Variables = new(StringComparer.Ordinal)
    {
        ["text"] = "梧州",
        ["id"] = "region:wuzhou",
        ["of"] = "region:wuzhou",
        ["bloc"] = "GREATER_BAY_AREA",
        ["row"] = "region:wuzhou",
        ["column"] = "region:shenzhen",
        ["withCell"] = true,
        ["withLetter"] = true,
    };

    public static TheoryData<string> Queries => new(Directory.GetFiles(QueryFolder(), "*.graphql")
        .Select(Path.GetFileName)
        .OfType<string>()
        .Where(file => !File.ReadAllText(Path.Combine(QueryFolder(), file)).Contains("subscription ", StringComparison.Ordinal)));

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task Every_dashboard_query_runs_without_errors_within_the_cost_limit(string file)
    {
        var document = await File.ReadAllTextAsync(Path.Combine(QueryFolder(), file));
        var variables = Variables.Where(variable => document.Contains("$" + variable.Key + ":", StringComparison.Ordinal))
            .ToDictionary(variable => variable.Key, variable => variable.Value);
        if (file == "Letters.graphql")
        {
            variables["id"] = "doc:czppcc-12-4-20210243";
        }

        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query = document, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out var errors), $"{file}: {errors}");
        Assert.True(body.GetProperty("data").EnumerateObject().Any(field => field.Value.ValueKind != JsonValueKind.Null), $"{file} answered only nulls");
    }

    [Theory]
    [MemberData(nameof(Queries))]
    public async Task No_dashboard_query_reads_a_deprecated_field(string file)
    {
        var fields = await FieldsAsync();
        var document = Parser.Parse(await File.ReadAllTextAsync(Path.Combine(QueryFolder(), file)));
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(fragment => fragment.Name.Value, StringComparer.Ordinal);
        var deprecated = new List<string>();
        void Walk(string type, SelectionSetNode selections)
        {
            foreach (var selection in selections.Selections)
            {
                switch (selection)
                {
                    case FieldNode field when fields.TryGetValue((type, field.Name.Value), out var definition):
                        if (definition.Deprecated)
                        {
                            deprecated.Add($"{type}.{field.Name.Value}");
                        }

                        if (field.SelectionSet is { } next)
                        {
                            Walk(definition.Type, next);
                        }

                        break;
                    case InlineFragmentNode inline:
                        Walk(inline.TypeCondition?.Name.Value ?? type, inline.SelectionSet);
                        break;
                    case FragmentSpreadNode spread:
                        Walk(fragments[spread.Name.Value].TypeCondition.Name.Value, fragments[spread.Name.Value].SelectionSet);
                        break;
                }
            }
        }

        var walked = 0;
        foreach (var operation in document.Definitions.OfType<OperationDefinitionNode>())
        {
            Walk(operation.Operation == OperationType.Subscription ? "Subscription" : "Query", operation.SelectionSet);
            walked++;
        }

        Assert.Equal(1, walked);
        Assert.Empty(deprecated);
    }

    [Fact]
    public async Task The_deprecated_field_check_sees_a_deprecated_field()
    {
        // The walk above only finds what the introspection says; this keeps it honest.
        var fields = await FieldsAsync();
        Assert.True(fields[("Query", "relationshipCounts")].Deprecated);
        Assert.False(fields[("Query", "relationshipAggregate")].Deprecated);
        Assert.Equal("CooperationMatrix", fields[("Query", "cooperationMatrix")].Type);
    }

    [Fact]
    public void The_documents_include_the_live_update_subscription() =>
        Assert.Contains(Directory.GetFiles(QueryFolder(), "*.graphql"), file => File.ReadAllText(file).Contains("graphChanged", StringComparison.Ordinal));

    [Fact]
    public async Task The_site_root_serves_the_page_which_loads_only_its_own_bundle()
    {
        using var response = await host.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("default-src 'self'", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.DoesNotContain("://", html, StringComparison.Ordinal);
        foreach (var asset in new[] { "/dashboard/dashboard.js", "/dashboard/dashboard.css" })
        {
            Assert.Contains($"\"{asset[1..]}\"", html, StringComparison.Ordinal);
            using var bundle = await host.Client.GetAsync(asset);
            Assert.Equal(HttpStatusCode.OK, bundle.StatusCode);
        }
        using var head = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
    }

    /// <summary>Every field of every object and interface type, deprecated ones included: whether deprecated and its named type.</summary>
    private async Task<Dictionary<(string Type, string Field), (bool Deprecated, string Type)>> FieldsAsync()
    {
        const string introspection = "{ __schema { types { name fields(includeDeprecated: true) { name isDeprecated "
            + "type { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } }";
        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query = introspection });
        var types = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("data").GetProperty("__schema").GetProperty("types");
        var fields = new Dictionary<(string, string), (bool, string)>();
        foreach (var type in types.EnumerateArray().Where(type => type.GetProperty("fields").ValueKind == JsonValueKind.Array))
        {
            foreach (var field in type.GetProperty("fields").EnumerateArray())
            {
                var named = field.GetProperty("type");
                while (named.GetProperty("name").ValueKind == JsonValueKind.Null)
                {
                    named = named.GetProperty("ofType");
                }

                fields[(type.GetProperty("name").GetString()!, field.GetProperty("name").GetString()!)] =
                    (field.GetProperty("isDeprecated").GetBoolean(), named.GetProperty("name").GetString()!);
            }
        }

        return fields;
    }

    private static string QueryFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "CooperationGraph.Api", "Dashboard", "queries"));
}
