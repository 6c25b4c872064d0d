using System.Diagnostics;
using System.IO;
using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>
/// graphql-http's server audit (the reference conformance check of the GraphQL-over-HTTP specification) run by
/// node against the real host on Kestrel, bound to a free loopback port.
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
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var results = await RunAuditAsync(address + "/graphql");

        Assert.True(results.Count >= 40, $"the audit reported only {results.Count} results");
        foreach (var result in results)
        {
            output.WriteLine($"{result.Status,-6} {result.Id} {result.Name}{(result.Reason is null ? "" : ": " + result.Reason)}");
        }
        var failed = results.Where(r => r.Status is "error" or "warn").ToList();
        Assert.True(failed.Count == 0, "Failing audits:\n" + string.Join('\n', failed.Select(f =>
            $"{f.Status} {f.Id} {f.Name}: {f.Reason} (HTTP {f.ResponseStatus}, {f.ResponseContentType}) {f.ResponseBody}")));
    }

    private static async Task<List<AuditResult>> RunAuditAsync(string url)
    {
        var script = Path.Combine(RepositoryRoot(), "tests", "js", "graphql-http-audit", "audit.mjs");
        var start = new ProcessStartInfo("node", [script, url])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        using var node = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stdout = node.StandardOutput.ReadToEndAsync();
        var stderr = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await node.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            node.Kill(entireProcessTree: true);
            throw new TimeoutException("The audit did not finish within 90 seconds.");
        }
        Assert.True(node.ExitCode == 0, $"node exited with {node.ExitCode}: {await stderr}");
        return JsonSerializer.Deserialize<List<AuditResult>>(await stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    // Builds may put the binaries anywhere (--artifacts-path): the script is found from this source file instead.
    private static string RepositoryRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { Path.GetDirectoryName(sourceFile)!, AppContext.BaseDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "tests", "js", "graphql-http-audit", "audit.mjs")))
                {
                    return directory.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException($"No tests/js/graphql-http-audit/audit.mjs above {sourceFile} or {AppContext.BaseDirectory}");
    }

    private sealed record AuditResult(
        string Id, string Name, string Status, string? Reason, int? ResponseStatus, string? ResponseContentType, string? ResponseBody);
}
