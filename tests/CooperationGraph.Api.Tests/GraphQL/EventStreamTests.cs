using System.Net;
using System.Net.Http;
using System.Text.Json;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using static CooperationGraph.Api.Tests.GraphQL.GraphQLHttp;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>Subscriptions over server-sent events: the graphql-sse protocol's distinct connections mode.</summary>
public sealed class EventStreamTests : IDisposable
{
    private const string EventStream = "text/event-stream";

    private readonly SubscriptionProbe _probe = new();
    private readonly ApiHostFactory _factory;

    public EventStreamTests() =>
        _factory = TransportTestSchema.Host(_probe).With("Limits:SseKeepAliveInterval", "00:00:00.100");

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_subscription_streams_one_next_event_per_source_event_then_complete()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription { countdown(from: 3) }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, MediaType(response));
        Assert.Equal("no-cache", response.Headers.CacheControl!.ToString());
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "next", "next", "complete"], events.Select(e => e.Event));
        var counts = events.Take(3).Select(e => JsonDocument.Parse(e.Data!).RootElement.GetProperty("data").GetProperty("countdown").GetInt32());
        Assert.Equal([3, 2, 1], counts);
        Assert.Equal("", events[3].Data);
    }

    [Fact]
    public async Task A_subscription_can_be_opened_with_get()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(
            Get("query=" + Encode("subscription { countdown(from: 2) }"), EventStream), HttpCompletionOption.ResponseHeadersRead);

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
    }

    // graphql-sse: errors found before execution go through the accepted stream, so that a browser's EventSource, which
    // fails a refused connection with nothing to say why, can read them.
    [Theory]
    [InlineData("subscription { notAField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription { countdown }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("subscription { countdown(from: 1) ", "GRAPHQL_PARSE_FAILED")]
    [InlineData("{ notAField }", "GRAPHQL_VALIDATION_FAILED")]
    [InlineData("query ($n: Int!) { hello }", "GRAPHQL_VALIDATION_FAILED")]
    public async Task A_request_error_over_an_event_stream_is_a_next_event_with_coded_errors_then_complete(string document, string code)
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery(document, EventStream), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, MediaType(response));
        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var result = JsonDocument.Parse(events[0].Data!).RootElement;
        Assert.False(result.TryGetProperty("data", out _));
        var errors = result.GetProperty("errors").EnumerateArray().ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, error => Assert.Equal(code, error.GetProperty("extensions").GetProperty("code").GetString()));
    }

    [Fact]
    public async Task A_variable_that_does_not_coerce_is_a_next_event_with_its_error()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(
            PostQuery("subscription ($from: Int!) { countdown(from: $from) }", EventStream, new { from = "three" }), HttpCompletionOption.ResponseHeadersRead);

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        var error = Assert.Single(JsonDocument.Parse(events[0].Data!).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Contains("$from", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_subscription_without_an_event_stream_accept_is_406()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription { countdown(from: 1) }", ResponseJson));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        var error = await ErrorBody.ReadAsync(response);
        Assert.Contains("text/event-stream", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_query_over_an_event_stream_is_one_next_event_then_complete()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("{ hello }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "complete"], events.Select(e => e.Event));
        Assert.Equal("Hello, world", JsonDocument.Parse(events[0].Data!).RootElement.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Over_a_socket_the_stream_opens_at_once_not_with_the_first_keep_alive()
    {
        using var factory = TransportTestSchema.Host(_probe).With("Limits:SseKeepAliveInterval", "00:10:00");
        using var client = new HttpClient { BaseAddress = new Uri(LoopbackServer.Start(factory)) };

        // The status line and headers leave when the stream starts, not with its first event or keep-alive (ten minutes
        // on here): an EventSource opens, and a client can tell a live subscription from a hung request, at once.
        using var response = await client.SendAsync(PostQuery("subscription { silent }", EventStream), HttpCompletionOption.ResponseHeadersRead)
            .WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(EventStream, MediaType(response));
    }

    [Fact]
    public async Task A_quiet_stream_sends_keep_alive_comments_and_ends_when_the_client_leaves()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription Quiet { silent }", EventStream), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        await using (var stream = await response.Content.ReadAsStreamAsync())
        {
            var comments = 0;
            await foreach (var message in ServerSentEvents.ReadAsync(stream))
            {
                Assert.True(message.IsComment, $"expected only keep-alives, got event '{message.Event}'");
                if (++comments == 2)
                {
                    break;
                }
            }
            Assert.True(_probe.Started.Task.IsCompleted);
        }
        response.Dispose();

        await _probe.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var logged = await _factory.Logs.WaitForAsync(e => e.Properties.TryGetValue("GraphQLOperationName", out var name)
            && name.ToString() == "\"Quiet\"");
        Assert.Equal("200", logged.Properties["StatusCode"].ToString());
    }

    [Fact]
    public async Task A_source_that_fails_mid_stream_ends_with_a_masked_error_event_and_complete()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription { broken }", EventStream), HttpCompletionOption.ResponseHeadersRead);

        var events = await ReadEventsAsync(response);
        Assert.Equal(["next", "next", "complete"], events.Select(e => e.Event));
        Assert.DoesNotContain(TransportTestSchema.LeakedSecret, events[1].Data, StringComparison.Ordinal);
        var error = JsonDocument.Parse(events[1].Data!).RootElement.GetProperty("errors")[0];
        Assert.Equal("INTERNAL_SERVER_ERROR", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal(response.Headers.GetValues("X-Correlation-Id").Single(), error.GetProperty("extensions").GetProperty("correlationId").GetString());
    }

    [Fact]
    public async Task Shutdown_completes_open_streams_instead_of_waiting_for_their_clients()
    {
        using var client = _factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription { silent }", EventStream), HttpCompletionOption.ResponseHeadersRead);
        await _probe.Started.Task.WaitAsync(TimeSpan.FromSeconds(10));

        _factory.Services.GetRequiredService<IHostApplicationLifetime>().StopApplication();

        var events = await ReadEventsAsync(response);
        Assert.Equal(["complete"], events.Select(e => e.Event));
        await _probe.Ended.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_subscription_arriving_once_shutdown_began_gets_a_503_json_error_not_a_500()
    {
        // Shutdown holds at its first step (a hosted service that stops last-registered-first waits), so the server
        // still takes requests while ApplicationStopping is signalled: the moment between SIGTERM and the server's stop.
        var hold = new ShutdownHold();
        using var factory = TransportTestSchema.Host(_probe).WithServices(services => services.AddHostedService(_ => hold));
        using var client = factory.CreateClient();
        var stopping = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        stopping.StopApplication();
        await hold.Reached.Task.WaitAsync(TimeSpan.FromSeconds(10));

        using var response = await client.SendAsync(PostQuery("subscription { silent }", EventStream));
        hold.Release.TrySetResult();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("1", response.Headers.RetryAfter!.ToString());
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal("SERVICE_UNAVAILABLE", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.False(_probe.Started.Task.IsCompleted, "the subscription's source started although the host was stopping");
    }

    [Fact]
    public async Task A_stream_outlives_the_request_timeout()
    {
        using var factory = TransportTestSchema.Host(_probe)
            .With("Limits:RequestTimeout", "00:00:00.200")
            .With("Limits:SseKeepAliveInterval", "00:00:00.150");
        using var client = factory.CreateClient();
        using var response = await client.SendAsync(PostQuery("subscription { silent }", EventStream), HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();

        var comments = 0;
        await foreach (var message in ServerSentEvents.ReadAsync(stream))
        {
            Assert.True(message.IsComment);
            // Checked while still listening: leaving the loop closes the stream, which rightly ends the source.
            Assert.False(_probe.Ended.Task.IsCompleted, "the subscription ended while the client still listened");
            if (++comments == 4)
            {
                break;
            }
        }
        Assert.Equal(4, comments);
    }

    private sealed class ShutdownHold : IHostedService
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StopAsync(CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(10), cancellationToken);
        }
    }

    private static Task<List<ServerSentEvent>> ReadEventsAsync(HttpResponseMessage response) =>
        CollectEventsAsync(response).WaitAsync(TimeSpan.FromSeconds(10));

    private static async Task<List<ServerSentEvent>> CollectEventsAsync(HttpResponseMessage response)
    {
        await using var stream = await response.Content.ReadAsStreamAsync();
        var events = new List<ServerSentEvent>();
        await foreach (var message in ServerSentEvents.ReadAsync(stream).WithCancellation(CancellationToken.None))
        {
            if (!message.IsComment)
            {
                events.Add(message);
            }
        }
        return events;
    }
}
