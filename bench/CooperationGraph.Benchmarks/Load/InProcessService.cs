extern alias api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// The service's real host in process, as the load run starts it (Production, no rate limit, warnings only), on a
/// database file of the caller's: one the load run seeded, or a new one the host seeds from seed-data/ on start.
/// </summary>
internal static class InProcessService
{
    public static WebApplicationFactory<api::Program> Create(string databasePath)
    {
        // The factory looks for the service's folder beside the build output, which the load run puts elsewhere.
        var contentRoot = Path.Combine(Storage.BenchmarkInputs.RepositoryRoot, "src", "CooperationGraph.Api");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPERATIONGRAPH_API", contentRoot);
        return new WebApplicationFactory<api::Program>().WithWebHostBuilder(builder => builder
            .UseContentRoot(contentRoot)
            .UseEnvironment("Production")
            .UseSetting("Storage:DatabasePath", databasePath)
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Logging:LogLevel:Default", "Warning"));
    }
}
