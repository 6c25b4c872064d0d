extern alias api;
using System.Buffers;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using api::CooperationGraph.Api.DataLoading;
using api::CooperationGraph.Api.GraphQL;
using CooperationGraph.Benchmarks.Load;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationGraph.Benchmarks.GraphQL;

/// <summary>
/// <c>graphql-service BODY.json… [--seconds N] [--by-type]</c>: what executing one operation costs in the service's own schema
/// over the seeded graph, in process: the service's engine (with its field middleware), the request's DataLoaders and
/// the embedded store, one execution at a time on one thread, the document already parsed and validated (the engine's
/// cache, as on the server), the answer not written. Per operation it prints the bytes allocated per execution (every
/// thread, so DataLoader continuations count: deterministic, the measure to iterate on), the collections per thousand
/// executions and the process's processor time per execution (noisy on a shared machine: compare only runs alternated
/// in one session, see <c>bench/graphql/README.md</c>). <c>--by-type</c> adds the runtime's allocation samples by type.
/// </summary>
internal static class ServiceExecutionCommand
{
    public const string Verb = "graphql-service";

    public static async Task<int> RunAsync(string[] arguments)
    {
        var seconds = 2.0;
        var bodies = new List<string>();
        var byType = false;
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] == "--by-type")
            {
                byType = true;
            }
            else if (arguments[i] == "--seconds" && i + 1 < arguments.Length && double.TryParse(arguments[i + 1], CultureInfo.InvariantCulture, out var parsed))
            {
                seconds = parsed;
                i++;
            }
            else
            {
                bodies.Add(arguments[i]);
            }
        }

        if (bodies.Count == 0 || !bodies.TrueForAll(File.Exists))
        {
            await Console.Error.WriteLineAsync($"usage: {Verb} BODY.json… [--seconds N] [--by-type] (a body is a GraphQL POST body: query, variables, operationName)");
            return 2;
        }

        var folder = Directory.CreateTempSubdirectory("cg-graphql-service");
        try
        {
            using var ticks = byType ? new AllocationTicks() : null;
            await using var host = InProcessService.Create(Path.Combine(folder.FullName, "graph.db"));
            using var client = host.CreateClient();
            // The first start seeds the store from seed-data/: ready means seeded.
            using (var ready = await client.GetAsync("/health/ready"))
            {
                ready.EnsureSuccessStatusCode();
            }

            // The engine as the service builds it: its limits and the resolver exception masking middleware.
            var engine = new GraphQLEngineProvider(host.Services, new GraphQLLimitOptions().ToQueryLimits(),
                new ResolverExceptionMasking(NullLogger.Instance).Filter).Engine;
            Console.WriteLine("| operation | response bytes | allocated bytes per execution | gen0/gen1/gen2 per 1000 | processor µs per execution |");
            Console.WriteLine("| --- | ---: | ---: | ---: | ---: |");
            foreach (var path in bodies)
            {
                ticks?.Clear();
                await MeasureAsync(host.Services, engine, path, TimeSpan.FromSeconds(seconds));
                ticks?.Print();
            }

            return 0;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task MeasureAsync(IServiceProvider services, GraphQLEngine engine, string bodyPath, TimeSpan duration)
    {
        using var body = JsonDocument.Parse(await File.ReadAllBytesAsync(bodyPath));
        var request = RequestParameterReader.FromJsonBody(body.RootElement).Parameters!.ToEngineRequest();
        var prepared = engine.Prepare(request);
        if (prepared.Errors.Count > 0)
        {
            throw new InvalidOperationException($"{bodyPath}: {prepared.Errors[0].Message}");
        }

        async Task<ExecutionResult> ExecuteAsync()
        {
            await using var scope = services.CreateAsyncScope();
            var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
            var loaders = scope.ServiceProvider.GetRequiredService<GraphLoaders>();
            return await loaders.Scheduler.RunAsync(() => engine.ExecuteAsync(prepared, new GraphQLRequestContext(http)));
        }

        var first = await ExecuteAsync();
        if (first.Errors is { Count: > 0 } errors)
        {
            throw new InvalidOperationException($"{bodyPath}: {errors[0].Message}");
        }

        var response = new ArrayBufferWriter<byte>();
        first.WriteTo(response);

        // Warmed up long enough for the JIT's second tier, then measured over a whole number of executions.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < duration / 2)
        {
            await ExecuteAsync();
        }

        using var process = Process.GetCurrentProcess();
        var collections = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var processor = process.TotalProcessorTime;
        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration || runs < 3)
        {
            await ExecuteAsync();
            runs++;
        }

        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var perThousand = string.Join('/', new[]
        {
            GC.CollectionCount(0) - collections.Item1, GC.CollectionCount(1) - collections.Item2, GC.CollectionCount(2) - collections.Item3,
        }.Select(count => (count * 1000.0 / runs).ToString("F1", CultureInfo.InvariantCulture)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {Path.GetFileNameWithoutExtension(bodyPath)} | {response.WrittenCount:N0} | {allocated / runs:N0} | {perThousand} | {(process.TotalProcessorTime - processor).TotalMicroseconds / runs:F0} |"));
    }
}
