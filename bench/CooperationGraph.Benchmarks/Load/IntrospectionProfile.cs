using System.Buffers;
using System.Diagnostics;
using System.Text.Json;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// Times the full introspection query of the load run in the engine alone, on the printed schema: execution (the
/// parsed and validated document comes from the engine's cache, as on the server) and writing the UTF-8 response.
/// Introspection touches no store, so this is all the work the service does for it besides HTTP.
/// </summary>
internal static class IntrospectionProfile
{
    public static async Task RunAsync(string sdlPath, string requestBodyPath, TimeSpan perPhase)
    {
        using var body = JsonDocument.Parse(await File.ReadAllTextAsync(requestBodyPath));
        var request = new GraphQLRequest(body.RootElement.GetProperty("query").GetString()!);
        var engine = new GraphQLEngine(BuildSchema.FromSdl(await File.ReadAllTextAsync(sdlPath)));
        var result = await engine.ExecuteAsync(request);
        if (result.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException("The introspection query fails: " + errors[0].Message);
        }

        var buffer = new ArrayBufferWriter<byte>(1024 * 1024);
        result.WriteTo(buffer);
        Console.WriteLine($"introspection in the engine ({buffer.WrittenCount:N0} bytes of response), one thread:");
        await ReportAsync("execute (document cached)", perPhase, async () => await engine.ExecuteAsync(request));
        await ReportAsync("write the response (UTF-8 JSON)", perPhase, () =>
        {
            buffer.ResetWrittenCount();
            result.WriteTo(buffer);
            return Task.CompletedTask;
        });
    }

    private static async Task ReportAsync(string name, TimeSpan duration, Func<Task> phase)
    {
        await phase();
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await phase();
            runs++;
        }

        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / runs;
        Console.WriteLine($"  {name,-34} {clock.Elapsed.TotalMicroseconds / runs,9:F0} µs per run, {allocated / 1024.0,8:F0} KiB allocated ({runs} runs)");
    }
}
