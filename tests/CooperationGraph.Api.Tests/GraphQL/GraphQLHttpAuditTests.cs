using System.IO;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using Xunit.Abstractions;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>
/// graphql-http's server audit (the reference conformance check of the GraphQL-over-HTTP specification) run by
/// node against the real host on Kestrel, bound to a free loopback port. The audit leaves some of the
/// specification's requirements unchecked; <see cref="GraphQLOverHttpSpecTests"/> checks those.
/// </summary>
public sealed class GraphQLHttpAuditTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_endpoint_passes_every_audit_without_errors_or_warnings(bool withCooperationSchema)
    {
        // The transport's own test schema, and the application's real one over the embedded store.
        using var factory = withCooperationSchema ? new ApiHostFactory() : TransportTestSchema.Host();
        var address = LoopbackServer.Start(factory);

        var stdout = await NodeScript.RunAsync(Path.Combine("graphql-http-audit", "audit.mjs"), [address + "/graphql"], TimeSpan.FromSeconds(90));
        var results = JsonSerializer.Deserialize<List<AuditResult>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;

        Assert.True(results.Count >= 40, $"the audit reported only {results.Count} results");
        foreach (var result in results)
        {
            output.WriteLine($"{result.Status,-6} {result.Id} {result.Name}{(result.Reason is null ? "" : ": " + result.Reason)}");
        }
        // Every result is ok, warn or error: anything else would be an audit this test does not understand.
        Assert.All(results, result => Assert.Contains(result.Status, new[] { "ok", "warn", "error" }));
        var failed = results.Where(r => r.Status is not "ok").ToList();
        Assert.True(failed.Count == 0, "Failing audits:\n" + string.Join('\n', failed.Select(f =>
            $"{f.Status} {f.Id} {f.Name}: {f.Reason} (HTTP {f.ResponseStatus}, {f.ResponseContentType}) {f.ResponseBody}")));
    }

    private sealed record AuditResult(
        string Id, string Name, string Status, string? Reason, int? ResponseStatus, string? ResponseContentType, string? ResponseBody);
}
