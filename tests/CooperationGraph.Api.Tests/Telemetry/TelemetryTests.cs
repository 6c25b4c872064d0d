using System.Diagnostics;
using System.Net;
using CooperationGraph.Api.Telemetry;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.Telemetry;

/// <summary>
/// Activity sources and meters are process-wide: a listener sees the spans and measurements of every host in the test
/// process, so these tests run alone, after the parallel ones.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideTelemetryCollection
{
    public const string Name = "Process-wide telemetry listeners";
}

/// <summary>Traces and metrics, seen through OpenTelemetry's in-memory exporter and the Prometheus scrape endpoint.</summary>
[Collection(ProcessWideTelemetryCollection.Name)]
public sealed class TelemetryTests
{
    // Listeners are process-wide and other tests' hosts run alongside: this test's own request is found by a unique name.
    private readonly string _operation = "Institution" + Guid.NewGuid().ToString("N");

    private string Query => $$"""query {{_operation}} { node(id: "org:gx-dost") { id ... on Entity { name relationsConnection(first: 2) { totalCount } } } }""";

    [Fact]
    public async Task A_request_traces_from_the_server_span_through_graphql_phases_to_the_store()
    {
        var spans = new List<Activity>();
        // Always on: a trace header the test client may propagate must not decide whether the server's spans are kept.
        await using var factory = ObservedHost().WithServices(services => services.AddOpenTelemetry().WithTracing(tracing => tracing
            .SetSampler(new AlwaysOnSampler())
            .AddSource(ApiTelemetry.Name, GraphQLTelemetry.Name)
            .AddAspNetCoreInstrumentation()
            .AddInMemoryExporter(spans)));
        using var client = factory.CreateClient();

        using var response = await client.SendAsync(PostQuery(Query, ResponseJson));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var tracer = factory.Services.GetRequiredService<TracerProvider>();
        var execute = Assert.Single(spans.ToArray(), span => span.OperationName == "graphql.execute" && _operation.Equals(span.GetTagItem("graphql.operation.name")));
        // The server span ends only once the host has finished the response, which can be after the client has read
        // it: wait (bounded) for it to be exported.
        for (var waited = 0; waited < 100 && !spans.ToArray().Any(span => span.TraceId == execute.TraceId && span.Kind == ActivityKind.Server); waited++)
        {
            await Task.Delay(50);
            tracer.ForceFlush();
        }

        var ofRequest = spans.ToArray().Where(span => span.TraceId == execute.TraceId).ToList();
        var server = Assert.Single(ofRequest, span => span.Kind == ActivityKind.Server);
        Assert.Contains("/graphql", server.DisplayName, StringComparison.Ordinal);
        Assert.Contains(ofRequest, span => span.OperationName == "graphql.parse");
        Assert.Contains(ofRequest, span => span.OperationName == "graphql.validate");
        Assert.Contains(ofRequest, span => span.OperationName.StartsWith("graph_store.", StringComparison.Ordinal));
        Assert.All(ofRequest.Where(span => span != server), span => Assert.True(IsDescendant(span, server), span.OperationName + " is not under the request span"));
    }

    [Fact]
    public async Task Requests_operations_errors_store_calls_caches_and_cost_are_measured()
    {
        var metrics = new List<Metric>();
        await using var factory = ObservedHost().WithServices(services => services.AddOpenTelemetry().WithMetrics(meters => meters.AddInMemoryExporter(metrics)));
        using var client = factory.CreateClient();

        (await client.SendAsync(PostQuery(Query, ResponseJson))).Dispose();
        (await client.SendAsync(PostQuery("{ nope }", ResponseJson))).Dispose();
        (await client.SendAsync(Post("{", ResponseJson))).Dispose();
        for (var i = 0; i < 2; i++)
        {
            (await client.SendAsync(PostQuery("{ __schema { queryType { name } } }", ResponseJson))).Dispose();
        }

        factory.Services.GetRequiredService<IOperationMetrics>().RecordCost(1234);
        factory.Services.GetRequiredService<MeterProvider>().ForceFlush();

        var names = metrics.Select(metric => metric.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var expected in new[]
        {
            "http.server.request.duration", "graphql.operation.duration", "graphql.operation.cost", "api.errors",
            "graph_store.calls", "cache.lookups", "graphql.document_cache.lookups",
        })
        {
            Assert.True(names.Contains(expected), $"no {expected} among {string.Join(", ", names.Order())}");
        }

        // Other tests' hosts may add to the shared instruments meanwhile: counts are at least this test's own.
        Assert.True(Sum(metrics, "api.errors", "code", "GRAPHQL_VALIDATION_FAILED") >= 1);
        Assert.True(Sum(metrics, "api.errors", "code", "BAD_REQUEST") >= 1);
        Assert.True(Sum(metrics, "cache.lookups", "hit", true) >= 1);
        Assert.True(Sum(metrics, "graph_store.calls", "method", "get_nodes") >= 1);
        Assert.Equal(1, HistogramCount(metrics, "graphql.operation.duration", "graphql.operation.name", _operation));
        Assert.True(HistogramCount(metrics, "graphql.operation.cost", null, null) >= 1);
    }

    [Fact]
    public async Task The_prometheus_endpoint_serves_the_metrics_when_switched_on()
    {
        await using var factory = ObservedHost();
        using var client = factory.CreateClient();
        (await client.SendAsync(PostQuery(Query, ResponseJson))).Dispose();

        using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));
        var text = await scrape.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, scrape.StatusCode);
        Assert.Contains("graph_store_calls", text, StringComparison.Ordinal);
        Assert.Contains("graphql_operation_duration", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_telemetry_off_nothing_is_registered_and_the_store_is_not_wrapped()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var scrape = await client.GetAsync(new Uri("/metrics", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, scrape.StatusCode);
        Assert.Null(factory.Services.GetService<MeterProvider>());
        Assert.Null(factory.Services.GetService<TracerProvider>());
        Assert.NotEqual("ObservedGraphStore", factory.Services.GetRequiredService<IGraphStore>().GetType().Name);
    }

    [Theory]
    [InlineData("Telemetry:OtlpEndpoint", "localhost:4317", "Telemetry:OtlpEndpoint must be an absolute http:// or https:// address")]
    [InlineData("Telemetry:OtlpProtocol", "udp", "Telemetry:OtlpProtocol must be 'grpc' or 'http/protobuf'")]
    [InlineData("Telemetry:PrometheusPath", "/graphql", "Telemetry:PrometheusPath must be a path like '/metrics'")]
    public void A_bad_telemetry_setting_is_refused_with_its_name(string key, string value, string message)
    {
        var options = new TelemetryOptions();
        switch (key)
        {
            case "Telemetry:OtlpEndpoint": options.OtlpEndpoint = value; break;
            case "Telemetry:OtlpProtocol": options.OtlpProtocol = value; break;
            default: options.PrometheusPath = value; break;
        }

        var result = new TelemetryOptionsValidator().Validate(null, options);

        Assert.True(result.Failed);
        Assert.Contains(message, result.FailureMessage, StringComparison.Ordinal);
    }

    private static ApiHostFactory ObservedHost() => new ApiHostFactory().With("Telemetry:PrometheusEnabled", "true");

    private static bool IsDescendant(Activity span, Activity ancestor)
    {
        for (var parent = span.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.SpanId == ancestor.SpanId)
            {
                return true;
            }
        }

        return span.ParentSpanId != default && span.TraceId == ancestor.TraceId;
    }

    private static long Sum(List<Metric> metrics, string name, string tag, object value)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (HasTag(point, tag, value))
                {
                    total += point.GetSumLong();
                }
            }
        }

        return total;
    }

    private static long HistogramCount(List<Metric> metrics, string name, string? tag, object? value)
    {
        long total = 0;
        foreach (var metric in metrics.Where(m => m.Name == name))
        {
            foreach (ref readonly var point in metric.GetMetricPoints())
            {
                if (tag is null || HasTag(point, tag, value!))
                {
                    total += point.GetHistogramCount();
                }
            }
        }

        return total;
    }

    private static bool HasTag(in MetricPoint point, string tag, object value)
    {
        foreach (var pair in point.Tags)
        {
            if (pair.Key == tag && Equals(pair.Value, value))
            {
                return true;
            }
        }

        return false;
    }
}
