using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Timeouts;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Tests.Http;

public sealed class RequestLimitsTests
{
    [Fact]
    public async Task A_request_running_past_the_timeout_is_cancelled_and_answered_504_as_json()
    {
        var routes = new TestRoutes().Map("/test/slow", async context =>
        {
            await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
            await context.Response.WriteAsync("finished");
        });
        await using var factory = new ApiHostFactory().With("Limits:RequestTimeout", "00:00:00.200").WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/slow");
        var error = await ErrorBody.ReadAsync(response);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Equal("REQUEST_TIMEOUT", error.Code);
        // The response was cleared for the error: the correlation header is there again, matching the body.
        Assert.Equal(error.CorrelationId, Assert.Single(response.Headers.GetValues("X-Correlation-Id")));
    }

    [Fact]
    public async Task A_request_that_disables_its_timeout_runs_past_it_and_sees_no_timeout_afterwards()
    {
        var routes = new TestRoutes().Map("/test/disabled", async context =>
        {
            var timeout = context.Features.Get<IHttpRequestTimeoutFeature>()!;
            timeout.DisableTimeout();
            await Task.Delay(TimeSpan.FromMilliseconds(600), context.RequestAborted);
            await context.Response.WriteAsync(timeout.RequestTimeoutToken.IsCancellationRequested ? "timed out" : "finished");
        });
        await using var factory = new ApiHostFactory().With("Limits:RequestTimeout", "00:00:00.200").WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/disabled");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("finished", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_request_that_ignores_its_cancellation_is_answered_as_it_chose()
    {
        var routes = new TestRoutes().Map("/test/caught", async context =>
        {
            try
            {
                await Task.Delay(TimeSpan.FromMinutes(1), context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                await context.Response.WriteAsync("caught its own timeout");
            }
        });
        await using var factory = new ApiHostFactory().With("Limits:RequestTimeout", "00:00:00.200").WithTestRoutes(routes);
        using var client = factory.CreateClient();

        using var response = await client.GetAsync("/test/caught");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("caught its own timeout", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_size_and_shutdown_timeout_reach_kestrel_and_the_host()
    {
        await using var factory = new ApiHostFactory()
            .With("Limits:MaxBodyBytes", "4096")
            .With("Shutdown:Timeout", "00:00:07");
        using var client = factory.CreateClient();

        var kestrel = factory.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value;
        var host = factory.Services.GetRequiredService<IOptions<HostOptions>>().Value;

        Assert.Equal(4096, kestrel.Limits.MaxRequestBodySize);
        Assert.Equal(TimeSpan.FromSeconds(7), host.ShutdownTimeout);
    }

    [Fact]
    public async Task A_body_over_the_limit_is_refused_by_kestrel_with_413_as_json()
    {
        var routes = new TestRoutes().Map("/test/echo-length", async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            await context.Response.WriteAsync(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        await using var factory = new ApiHostFactory().With("Limits:MaxBodyBytes", "1024").WithTestRoutes(routes);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        using var client = factory.CreateClient();

        using var small = await client.PostAsync("/test/echo-length", new StringContent(new string('a', 1000)));
        using var large = await client.PostAsync("/test/echo-length", new StringContent(new string('a', 5000)));
        var error = await ErrorBody.ReadAsync(large);

        Assert.Equal(HttpStatusCode.OK, small.StatusCode);
        Assert.Equal("1000", await small.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, large.StatusCode);
        Assert.Equal("PAYLOAD_TOO_LARGE", error.Code);
    }
}
