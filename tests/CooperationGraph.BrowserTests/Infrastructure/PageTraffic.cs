using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// Everything a browser context asked for and complained about: every request URL (pages and workers alike),
/// console errors, uncaught page errors and failed requests. A request for another host is recorded and aborted,
/// so a CDN reference fails the test instead of reaching the network.
/// </summary>
public sealed class PageTraffic
{
    private readonly ConcurrentQueue<string> _requests = new();
    private readonly ConcurrentQueue<string> _blocked = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private readonly Uri _server;

    private PageTraffic(Uri server) => _server = server;

    /// <summary>Every URL requested, in order.</summary>
    public IReadOnlyCollection<string> Requests => _requests;

    /// <summary>Requests for anything but the service under test, which were aborted.</summary>
    public IReadOnlyCollection<string> Blocked => _blocked;

    /// <summary>Console errors, uncaught exceptions and failed requests, each with what it was.</summary>
    public IReadOnlyCollection<string> Errors => _errors;

    public static async Task<PageTraffic> RecordAsync(IBrowserContext context, Uri server)
    {
        var traffic = new PageTraffic(server);
        context.Request += (_, request) => traffic._requests.Enqueue(request.Url);
        context.RequestFailed += (_, request) =>
        {
            if (traffic.IsServer(request.Url))
            {
                traffic._errors.Enqueue($"request failed: {request.Method} {request.Url}: {request.Failure}");
            }
        };
        context.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                traffic._errors.Enqueue($"console error: {message.Text} ({message.Location})");
            }
        };
        context.WebError += (_, error) => traffic._errors.Enqueue($"page error: {error.Error}");
        await context.RouteAsync("**/*", async route =>
        {
            if (traffic.IsServer(route.Request.Url))
            {
                await route.ContinueAsync();
                return;
            }
            traffic._blocked.Enqueue(route.Request.Url);
            await route.AbortAsync("blockedbyclient");
        });
        return traffic;
    }

    /// <summary>Same scheme family, loopback host and port as the service: nothing else may be fetched.</summary>
    public bool IsServer(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && uri.IsLoopback
        && uri.Host == _server.Host
        && uri.Port == _server.Port
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeWs);

    public override string ToString() =>
        $"requests:\n  {string.Join("\n  ", _requests)}\nblocked:\n  {string.Join("\n  ", _blocked)}\nerrors:\n  {string.Join("\n  ", _errors)}";
}
