using CooperationGraph.Api.Logging;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog.Events;

namespace CooperationGraph.Api.Tests.Logging;

public sealed class RequestLoggingTests
{
    [Fact]
    public async Task Each_request_is_logged_with_method_path_status_duration_and_correlation_id()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/health/live");
        request.Headers.Add("X-Correlation-Id", "req-7");

        using var response = await client.SendAsync(request);

        var logged = await factory.Logs.WaitForAsync(IsRequestLine("/health/live"));
        Assert.Equal("GET", Scalar(logged, "RequestMethod"));
        Assert.Equal(200, Scalar(logged, "StatusCode"));
        Assert.Equal("req-7", Scalar(logged, "CorrelationId"));
        Assert.IsType<double>(Scalar(logged, "ElapsedMs"));
        Assert.True((double)Scalar(logged, "ElapsedMs")! >= 0);
        Assert.Equal(LogEventLevel.Information, logged.Level);
    }

    [Fact]
    public async Task A_failing_request_is_logged_as_an_error_with_status_500()
    {
        var routes = new TestRoutes().Map("/test/throw", _ => throw new InvalidOperationException("boom"));
        await using var factory = new ApiHostFactory().WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/throw");

        var logged = await factory.Logs.WaitForAsync(IsRequestLine("/test/throw"));
        Assert.Equal(500, Scalar(logged, "StatusCode"));
        Assert.Equal(LogEventLevel.Error, logged.Level);
    }

    [Fact]
    public async Task What_the_graphql_endpoint_records_appears_in_the_request_line()
    {
        var routes = new TestRoutes().Map("/test/graphql", context =>
        {
            context.Features.Get<GraphQLRequestLogFeature>()!.Record("PartnersOfInstitution", errorCount: 2);
            return context.Response.WriteAsync("{}");
        });
        await using var factory = new ApiHostFactory().WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.PostAsync("/test/graphql", new StringContent("{}"));

        var logged = await factory.Logs.WaitForAsync(IsRequestLine("/test/graphql"));
        Assert.Equal("PartnersOfInstitution", Scalar(logged, "GraphQLOperationName"));
        Assert.Equal(2, Scalar(logged, "GraphQLErrorCount"));
        Assert.Equal("POST", Scalar(logged, "RequestMethod"));
    }

    [Fact]
    public async Task Every_event_a_request_logs_carries_its_correlation_id_and_none_after_it()
    {
        var routes = new TestRoutes().Map("/test/log", async context =>
        {
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Test.Route");
            logger.LogWarning("Inside the request");
            await Task.Yield();
            logger.LogWarning("Inside the request, after a hop");
            await context.Response.WriteAsync("ok");
        });
        await using var factory = new ApiHostFactory().WithTestRoutes(routes);
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/test/log");
        request.Headers.Add("X-Correlation-Id", "req-42");

        using var response = await client.SendAsync(request);
        factory.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Test.Outside").LogWarning("Outside any request");

        var before = await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text == "Inside the request");
        var after = await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text == "Inside the request, after a hop");
        var outside = await factory.Logs.WaitForAsync(e => e.MessageTemplate.Text == "Outside any request");
        Assert.Equal("req-42", Scalar(before, "CorrelationId"));
        Assert.Equal("req-42", Scalar(after, "CorrelationId"));
        Assert.False(outside.Properties.ContainsKey("CorrelationId"));
    }

    [Fact]
    public async Task A_request_that_is_not_graphql_carries_no_graphql_properties()
    {
        await using var factory = new ApiHostFactory();
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/health/ready");

        var logged = await factory.Logs.WaitForAsync(IsRequestLine("/health/ready"));
        Assert.False(logged.Properties.ContainsKey("GraphQLOperationName"));
        Assert.False(logged.Properties.ContainsKey("GraphQLErrorCount"));
    }

    [Fact]
    public async Task The_log_level_settings_apply_to_the_request_line()
    {
        // Warning and above: a successful request writes no line, a failing one still does, as an error.
        var routes = new TestRoutes().Map("/test/throw", _ => throw new InvalidOperationException("boom"));
        await using var factory = new ApiHostFactory().With("Logging:LogLevel:Default", "Warning").WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var succeeded = await client.GetAsync("/health/live");
        using var failed = await client.GetAsync("/test/throw");

        var logged = await factory.Logs.WaitForAsync(IsRequestLine("/test/throw"));
        Assert.Equal(LogEventLevel.Error, logged.Level);
        Assert.Equal(System.Net.HttpStatusCode.OK, succeeded.StatusCode);
        Assert.DoesNotContain(factory.Logs.Events, e => IsRequestLine("/health/live")(e));
    }

    [Fact]
    public void The_request_logger_stays_gated_once_given_its_source_context()
    {
        // Serilog.AspNetCore keeps ForContext<RequestLoggingMiddleware>() of the logger and asks it IsEnabled before it
        // builds an event: a context logger open at every level would build one per request only for it to be dropped.
        var written = new List<LogEvent>();
        var inner = new Serilog.LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(new CollectingSink(written)).CreateLogger();
        var gated = new LevelGatedRequestLogger(inner, new MinimumLevelLogger(Microsoft.Extensions.Logging.LogLevel.Warning));

        var context = gated.ForContext<RequestLoggingTests>();
        context.Information("ok");
        context.Error("failed");

        Assert.False(context.IsEnabled(LogEventLevel.Information));
        Assert.True(context.IsEnabled(LogEventLevel.Error));
        var only = Assert.Single(written);
        Assert.Equal(LogEventLevel.Error, only.Level);
        Assert.Equal(typeof(RequestLoggingTests).FullName, Scalar(only, "SourceContext"));
        Assert.False(gated.ForContext("Property", 1).IsEnabled(LogEventLevel.Information));
    }

    [Fact]
    public void The_feature_rejects_a_negative_error_count()
    {
        var feature = new GraphQLRequestLogFeature();

        Assert.Throws<ArgumentOutOfRangeException>(() => feature.Record("Q", -1));
        Assert.False(feature.IsRecorded);
    }

    // The request line is the event carrying a status code; other events of the request share its path.
    private static Func<LogEvent, bool> IsRequestLine(string path) => e =>
        e.Properties.ContainsKey("StatusCode")
        && e.Properties.TryGetValue("RequestPath", out var value) && value is ScalarValue { Value: string logged } && logged == path;

    private static object? Scalar(LogEvent logEvent, string name) =>
        Assert.IsType<ScalarValue>(logEvent.Properties[name]).Value;

    private sealed class CollectingSink(List<LogEvent> events) : Serilog.Core.ILogEventSink
    {
        public void Emit(LogEvent logEvent) => events.Add(logEvent);
    }

    private sealed class MinimumLevelLogger(Microsoft.Extensions.Logging.LogLevel minimum) : Microsoft.Extensions.Logging.ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => logLevel >= minimum;

        public void Log<TState>(
            Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
        }
    }
}
