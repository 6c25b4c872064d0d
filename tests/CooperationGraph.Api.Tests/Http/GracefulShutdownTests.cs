using System.Net;
using CooperationGraph.Api.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace CooperationGraph.Api.Tests.Http;

/// <summary>Over real Kestrel on the loopback address: shutdown must let a request already running finish.</summary>
public sealed class GracefulShutdownTests
{
    [Fact]
    public async Task A_request_in_flight_when_shutdown_begins_completes()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var routes = new TestRoutes().Map("/test/in-flight", async context =>
        {
            entered.SetResult();
            await release.Task;
            await context.Response.WriteAsync("completed");
        });
        var factory = new ApiHostFactory().With("Shutdown:Timeout", "00:00:30").WithTestRoutes(routes);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        // Not the factory's own client: the factory disposes those first when it stops, cancelling their requests.
        Uri address;
        using (var factoryClient = factory.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }
        using var client = new HttpClient { BaseAddress = address };
        var lifetime = factory.Services.GetRequiredService<IHostApplicationLifetime>();
        var stoppingSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lifetime.ApplicationStopping.Register(stoppingSignal.SetResult);

        var inFlight = client.GetAsync("/test/in-flight");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        var shutdown = factory.DisposeAsync().AsTask();
        await stoppingSignal.Task.WaitAsync(TimeSpan.FromSeconds(30));
        release.SetResult();

        using var response = await inFlight.WaitAsync(TimeSpan.FromSeconds(30));
        await shutdown.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("completed", await response.Content.ReadAsStringAsync());
        Assert.True(lifetime.ApplicationStopped.IsCancellationRequested);
    }

    [Fact]
    public async Task A_request_still_running_when_the_shutdown_timeout_ends_is_cut_off()
    {
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var never = new TaskCompletionSource();
        var routes = new TestRoutes().Map("/test/stuck", async context =>
        {
            entered.SetResult();
            await never.Task.WaitAsync(context.RequestAborted);
        });
        var factory = new ApiHostFactory().With("Shutdown:Timeout", "00:00:00.500").WithTestRoutes(routes);
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        Uri address;
        using (var factoryClient = factory.CreateClient())
        {
            address = factoryClient.BaseAddress!;
        }
        using var client = new HttpClient { BaseAddress = address };

        var stuck = client.GetAsync("/test/stuck");
        await entered.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await factory.DisposeAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

        // The connection is aborted: the client sees a failed request, not a response and not an endless wait.
        var failure = await Record.ExceptionAsync(() => stuck.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.NotNull(failure);
        Assert.IsNotType<TimeoutException>(failure);
    }
}
