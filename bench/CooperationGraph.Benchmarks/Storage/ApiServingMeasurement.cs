extern alias api;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using static CooperationGraph.Benchmarks.Storage.StorageLoadCommand;

namespace CooperationGraph.Benchmarks.Storage;

/// <summary>
/// The API half of <c>storage-load</c>, in its own fresh process: the service's real host (in process, no network) on
/// the seeded database, timing the GraphQL fields that read the whole graph rather than a neighbourhood: the root
/// <c>relationships</c> connection with and without a type filter, its first and its last page, and the
/// aggregates. Reports the first answers (the relationship table; then the aggregates by TYPE and LABEL, which need none
/// of the version's cooperation model; then by BLOC, which builds it), p50/p99 per field, and the peak working set of the
/// whole process while it served them.
/// </summary>
internal static class ApiServingMeasurement
{
    public const string ApiMode = "--api";

    public static async Task<int> RunAsync(string databasePath, int seconds)
    {
        var clock = Stopwatch.StartNew();
        await using var factory = Create(databasePath);
        using var client = factory.CreateClient();
        await PostAsync(client, "{ relationships(first: 20) { totalCount nodes { id } } }");
        var firstPage = clock.Elapsed;
        var peakAfterPage = PeakWorkingSet();
        Console.WriteLine(
            $"  API in a fresh process (the service's host in process, server GC {System.Runtime.GCSettings.IsServerGC}, its store opened from the image): "
            + $"first page of relationships {firstPage.TotalSeconds:F2} s after start (open, export, relationship table; peak working set {Mb(peakAfterPage)})");

        // Since session 8 the aggregates by TYPE, STATUS, YEAR (and entities by LABEL) build none of the cooperation
        // model; BLOC places every start entity, so it builds the model's relationship index and placements.
        var (typeBuckets, typeTime, typeCpu) = await FirstAsync(client, "{ relationshipAggregate(by: [TYPE]) { keys count } }");
        Console.WriteLine(
            $"  then the first aggregate by TYPE {typeTime.TotalSeconds:F2} s (process CPU {typeCpu.TotalSeconds:F2} s); peak working set {Mb(PeakWorkingSet())}");
        var (_, labelTime, labelCpu) = await FirstAsync(client, "{ entityAggregate(by: [LABEL]) { keys count } }");
        Console.WriteLine(
            $"  then the first entity aggregate by LABEL {labelTime.TotalSeconds:F2} s (process CPU {labelCpu.TotalSeconds:F2} s); peak working set {Mb(PeakWorkingSet())}");
        var (_, blocTime, blocCpu) = await FirstAsync(client, "{ relationshipAggregate(by: [BLOC]) { keys count } }");
        Console.WriteLine(
            $"  then the first aggregate by BLOC {blocTime.TotalSeconds:F2} s (process CPU {blocCpu.TotalSeconds:F2} s; the version's cooperation model: "
            + $"relationships by end, placements); peak working set {Mb(PeakWorkingSet())}");
        var type = typeBuckets.GetProperty("relationshipAggregate")[0].GetProperty("keys")[0].GetString()!;
        var typeCount = typeBuckets.GetProperty("relationshipAggregate")[0].GetProperty("count").GetInt32();

        const string Page = "totalCount edges { cursor node { id type from to } }";
        var operations = new (string Name, string Query)[]
        {
            ("relationships, first page (first: 20)", $"{{ relationships(first: 20) {{ {Page} }} }}"),
            ("relationships, last page (last: 20)", $"{{ relationships(last: 20) {{ {Page} }} }}"),
            ($"relationships type {type} ({typeCount:N0}), first page", $"{{ relationships(first: 20, where: {{ type: {type} }}) {{ {Page} }} }}"),
            ($"relationships type {type}, last page", $"{{ relationships(last: 20, where: {{ type: {type} }}) {{ {Page} }} }}"),
            ("relationshipAggregate by TYPE", "{ relationshipAggregate(by: [TYPE]) { keys count amountCount amountSum } }"),
            ("relationshipAggregate by YEAR", "{ relationshipAggregate(by: [YEAR]) { keys count amountCount amountSum } }"),
            ("entityAggregate by LABEL", "{ entityAggregate(by: [LABEL]) { keys count } }"),
            ("relationshipAggregate by BLOC", "{ relationshipAggregate(by: [BLOC]) { keys count amountCount amountSum } }"),

            // Filtered aggregates are computed on each request (only whole-graph ones are kept per version).
            ($"relationshipAggregate by YEAR where type {type}", $"{{ relationshipAggregate(by: [YEAR], where: {{ type: {type} }}) {{ keys count amountSum }} }}"),
            ("relationshipAggregate by TYPE where status PLANNED", "{ relationshipAggregate(by: [TYPE], where: { status: PLANNED }) { keys count amountSum } }"),
        };
        var perOperation = TimeSpan.FromSeconds(Math.Max(1, seconds) / (double)operations.Length);
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var (name, query) in operations)
        {
            await PostAsync(client, query);
            var latencies = new Latencies();
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            await latencies.RecordAsync([query], perOperation, body => PostAsync(client, body));
            var cpuPerRequest = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / latencies.Count;
            Console.WriteLine(
                $"  {name}: wall p50 {latencies.Percentile(0.5):F2} ms, p99 {latencies.Percentile(0.99):F2} ms; process CPU {cpuPerRequest:F2} ms per request; "
                + $"{latencies.Count:N0} requests");
        }

        Console.WriteLine(
            $"  API: managed heap grew {Mb(GC.GetTotalMemory(forceFullCollection: true) - heapBefore)} while serving them; "
            + $"peak working set of the whole process {Mb(PeakWorkingSet())} (target under 1 GB)");
        return 0;
    }

    /// <summary>The first answer of a field after start, its wall time and the process's CPU time meanwhile (GC threads included).</summary>
    private static async Task<(JsonElement Data, TimeSpan Wall, TimeSpan Cpu)> FirstAsync(HttpClient client, string query)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var data = await ColdAsync(client, query);
        return (data, clock.Elapsed, Process.GetCurrentProcess().TotalProcessorTime - cpu);
    }

    /// <summary>
    /// The first request that needs the version's cooperation model, which takes longer than the service's execution
    /// timeout on a loaded machine at 1M: the model is still built and kept, so the request is repeated until answered.
    /// </summary>
    private static async Task<JsonElement> ColdAsync(HttpClient client, string query)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await PostAsync(client, query);
            }
            catch (InvalidOperationException timedOut) when (attempt < 5 && timedOut.Message.Contains("time", StringComparison.OrdinalIgnoreCase))
            {
                Console.WriteLine($"  (attempt {attempt} timed out while the cooperation model was built; asking again)");
            }
        }
    }

    private static WebApplicationFactory<api::Program> Create(string databasePath)
    {
        // As the load run starts the host (Production, no rate limit), serving the stored graph as it is: seeding on
        // start would replace the synthetic graph with seed-data/.
        var contentRoot = Path.Combine(BenchmarkInputs.RepositoryRoot, "src", "CooperationGraph.Api");
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_COOPERATIONGRAPH_API", contentRoot);
        return new WebApplicationFactory<api::Program>().WithWebHostBuilder(builder => builder
            .UseContentRoot(contentRoot)
            .UseEnvironment("Production")
            .UseSetting("Storage:DatabasePath", databasePath)
            .UseSetting("GraphData:SeedOnStart", "false")
            .UseSetting("RateLimiting:Enabled", "false")
            .UseSetting("Logging:LogLevel:Default", "Warning"));
    }

    private static async Task<JsonElement> PostAsync(HttpClient client, string query)
    {
        using var content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        using var document = JsonDocument.Parse(text);
        if (!response.IsSuccessStatusCode || document.RootElement.TryGetProperty("errors", out _))
        {
            throw new InvalidOperationException($"The service answered {(int)response.StatusCode} to {query}: {text[..Math.Min(text.Length, 500)]}");
        }

        return document.RootElement.GetProperty("data").Clone();
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
