using System.Net;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Api.Tests.Integration;

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
        ["from"] = "org:wuzhou-hitech-admin",
        ["to"] = "lab:medical-device-joint-lab",
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
        if (file == "Letter.graphql")
        {
            variables["id"] = "doc:czppcc-12-4-20210243";
        }

        using var response = await host.Client.PostAsJsonAsync("/graphql", new { query = document, variables });
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(body.TryGetProperty("errors", out var errors), $"{file}: {errors}");
        Assert.True(body.GetProperty("data").EnumerateObject().Any(field => field.Value.ValueKind != JsonValueKind.Null), $"{file} answered only nulls");
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

    private static string QueryFolder([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", "..", "src", "CooperationGraph.Api", "Dashboard", "queries"));
}
