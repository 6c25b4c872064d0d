extern alias api;
using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using api::CooperationGraph.Api.DataLoading;
using api::CooperationGraph.Api.Fairness;
using api::CooperationGraph.Api.GraphQL;
using CooperationGraph.GraphQL;
using CooperationGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace CooperationGraph.Benchmarks.Load;

/// <summary>
/// Where the microseconds of one request go, per operation of the load run, on one thread: the whole request through
/// the service's real host in process (every middleware, the endpoint, the engine, the resolvers and the store; only
/// the socket is missing), then the endpoint's steps one by one with the same host's services: reading the body,
/// selecting the operation, preparing it (document cache, limits, cost), parsing and validating a document the cache
/// has not seen, executing (resolvers, DataLoader rounds, store calls) and writing the answer. What the whole request
/// takes beyond the steps is the middleware's share; the socket's is what canned Kestrel leaves in the load run.
/// Times are the process's processor time per request (every thread, the collector's included), which the machine's
/// other work disturbs far less than wall time.
/// </summary>
internal static class RequestProfile
{
    private static readonly string[] Steps = ["whole request in process", "in-process transport (canned answer)", "the middleware",
        "the endpoint (all below)", "read the body", "select the operation", "prepare (cached document)",
        "parse + validate (new document)", "execute (resolvers, loaders, store)", "  of which the field middleware", "write the answer", "the endpoint's own rest"];

    public static async Task RunAsync(string output, TimeSpan perStep)
    {
        var bodies = Path.Combine(output, "bodies");
        var names = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "operations.json"))).RootElement
            .EnumerateArray().Select(operation => operation.GetProperty("name").GetString()!).ToList();
        var folder = Directory.CreateTempSubdirectory("cg-request-profile");
        try
        {
            File.Copy(Path.Combine(output, "graph.db"), Path.Combine(folder.FullName, "graph.db"));
            await using var host = InProcessService.Create(Path.Combine(folder.FullName, "graph.db"));
            using var client = host.CreateClient();
            await using var canned = await CannedAsync();
            using var cannedClient = canned.GetTestClient();
            var engines = new GraphQLEngineProvider(host.Services, new GraphQLLimitOptions().ToQueryLimits(),
                new ResolverExceptionMasking(NullLogger.Instance).Filter);
            var engine = engines.Engine;
            var bare = new GraphQLEngineProvider(host.Services, new GraphQLLimitOptions().ToQueryLimits(), null).Engine;
            var inspector = new OperationInspector(new GraphQLLimitOptions());
            var endpoint = new GraphQLHttpEndpoint(engines, inspector,
                new EventStreamResponder(TimeSpan.FromSeconds(15), TimeProvider.System, CancellationToken.None, NullLogger.Instance),
                new IntrospectionResponseCache(), FairResponder.Create(host.Services.GetRequiredService<IConfiguration>()));
            var clients = new Clients(client, cannedClient, endpoint, bare);
            await PostAsync(client, await File.ReadAllBytesAsync(Path.Combine(bodies, names[0] + ".json")));
            Console.WriteLine($"  the host idle: {await IdleProcessorAsync():F0} µs of processor per second (in every step below)");
            var table = Steps.ToDictionary(step => step, _ => new List<double>());
            foreach (var name in names)
            {
                var body = await File.ReadAllBytesAsync(Path.Combine(bodies, name + ".json"));
                var times = await ProfileAsync(host.Services, clients, engine, inspector, body, perStep);
                foreach (var step in Steps)
                {
                    table[step].Add(times[step]);
                }

                Console.WriteLine($"  {name}: {times[Steps[0]]:F1} µs in process");
            }

            Console.WriteLine();
            Console.WriteLine("| step (processor µs per request, one request at a time) | " + string.Join(" | ", names) + " |");
            Console.WriteLine("| --- |" + string.Concat(names.Select(_ => " ---: |")));
            foreach (var step in Steps)
            {
                Console.WriteLine($"| {step} | " + string.Join(" | ", table[step].Select(value => value.ToString("F1", System.Globalization.CultureInfo.InvariantCulture))) + " |");
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<Dictionary<string, double>> ProfileAsync(
        IServiceProvider services, Clients clients, GraphQLEngine engine, OperationInspector inspector, byte[] body, TimeSpan perStep)
    {
        var times = new Dictionary<string, double>
        {
            ["whole request in process"] = await TimeAsync(perStep, () => PostAsync(clients.Service, body)),
            ["in-process transport (canned answer)"] = await TimeAsync(perStep, () => PostAsync(clients.Canned, body)),
            ["the endpoint (all below)"] = await TimeAsync(perStep, async () =>
            {
                await using var scope = services.CreateAsyncScope();
                var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
                http.Request.Method = HttpMethods.Post;
                http.Request.ContentType = "application/json";
                http.Request.Headers.Accept = "application/graphql-response+json";
                http.Request.Body = new MemoryStream(body, writable: false);
                await clients.Endpoint.HandleAsync(http);
                if (http.Response.StatusCode != StatusCodes.Status200OK)
                {
                    throw new InvalidOperationException($"The endpoint answered {http.Response.StatusCode}.");
                }
            }),
        };

        GraphQLRequestParameters Read()
        {
            using var document = JsonDocument.Parse(body);
            return RequestParameterReader.FromJsonBody(document.RootElement).Parameters!;
        }

        var parameters = Read();
        var request = parameters.ToEngineRequest();
        times["read the body"] = await TimeAsync(perStep, () => Task.FromResult(Read()));
        times["select the operation"] = await TimeAsync(perStep, () => Task.FromResult(inspector.Select(parameters.Query, parameters.OperationName)));
        times["prepare (cached document)"] = await TimeAsync(perStep, () => Task.FromResult(engine.Prepare(request)));
        var fresh = 0;
        times["parse + validate (new document)"] = await TimeAsync(perStep, () =>
            Task.FromResult(engine.Prepare(request with { Query = request.Query + "\n# " + fresh++ })));
        ExecutionResult? result = null;
        Func<Task> Execute(GraphQLEngine engine)
        {
            var prepared = engine.Prepare(request);
            return async () =>
            {
                await using var scope = services.CreateAsyncScope();
                var http = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
                var loaders = scope.ServiceProvider.GetRequiredService<GraphLoaders>();
                result = await loaders.Scheduler.RunAsync(() => engine.ExecuteAsync(prepared, new GraphQLRequestContext(http)));
            };
        }

        times["execute (resolvers, loaders, store)"] = await TimeAsync(perStep, Execute(engine));
        times["  of which the field middleware"] = times["execute (resolvers, loaders, store)"] - await TimeAsync(perStep, Execute(clients.WithoutMiddleware));
        times["write the answer"] = await TimeAsync(perStep, () =>
        {
            using var buffer = new BoundedResponseBuffer(long.MaxValue);
            result!.WriteTo(buffer);
            return Task.CompletedTask;
        });
        times["the middleware"] = times["whole request in process"] - times["in-process transport (canned answer)"] - times["the endpoint (all below)"];
        times["the endpoint's own rest"] = times["the endpoint (all below)"] - times["read the body"] - times["select the operation"]
            - times["prepare (cached document)"] - times["execute (resolvers, loaders, store)"] - times["write the answer"];
        return times;
    }

    private static async Task<double> IdleProcessorAsync()
    {
        using var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;
        await Task.Delay(TimeSpan.FromSeconds(1));
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMicroseconds;
    }

    private static async Task PostAsync(HttpClient client, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = content };
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await client.SendAsync(request);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The server answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        await response.Content.ReadAsByteArrayAsync();
    }

    // The in-process transport alone: the same test server answering every request with the baseline's bytes.
    private static async Task<WebApplication> CannedAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseTestServer();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var answer = "{\"data\":{\"__typename\":\"Query\"}}"u8.ToArray();
        app.Run(context =>
        {
            context.Response.ContentType = "application/graphql-response+json; charset=utf-8";
            context.Response.ContentLength = answer.Length;
            return context.Response.Body.WriteAsync(answer, 0, answer.Length, context.RequestAborted);
        });
        await app.StartAsync();
        return app;
    }

    private sealed record Clients(HttpClient Service, HttpClient Canned, GraphQLHttpEndpoint Endpoint, GraphQLEngine WithoutMiddleware);

    private static async Task<double> TimeAsync(TimeSpan duration, Func<Task> step)
    {
        // Warmed up long enough for the JIT's second tier to have compiled the step's hot methods.
        var warming = Stopwatch.StartNew();
        while (warming.Elapsed < duration / 2)
        {
            await step();
        }

        // Processor time, not wall time: on a machine shared with other work a step's wall time is mostly waiting.
        using var process = Process.GetCurrentProcess();
        var processorBefore = process.TotalProcessorTime;
        var runs = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < duration)
        {
            await step();
            runs++;
        }

        process.Refresh();
        return (process.TotalProcessorTime - processorBefore).TotalMicroseconds / runs;
    }
}
