using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Infrastructure;

/// <summary>
/// One service process and one Chromium for the whole suite (each costs seconds to start); every test gets its
/// own browser context, so GraphiQL's saved tabs and history never leak from one test into the next. When either
/// cannot start, every test fails with the reason.
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    private ApiServerProcess? _server;
    private HeadlessChromium? _chromium;

    public ApiServerProcess Server => _server ?? throw new InvalidOperationException("The suite has not started.");

    public HeadlessChromium Chromium => _chromium ?? throw new InvalidOperationException("The suite has not started.");

    public async Task InitializeAsync()
    {
        var server = ApiServerProcess.StartAsync();
        var chromium = HeadlessChromium.LaunchAsync();
        try
        {
            await Task.WhenAll(server, chromium);
        }
        catch
        {
            // Whichever did start stops here, so the suite is either fully started or holds nothing to dispose.
            if (server.IsCompletedSuccessfully)
            {
                await server.Result.DisposeAsync();
            }
            if (chromium.IsCompletedSuccessfully)
            {
                await chromium.Result.DisposeAsync();
            }
            throw;
        }
        _server = await server;
        _chromium = await chromium;
    }

    /// <summary>
    /// Runs <paramref name="test"/> against GraphiQL in a fresh context; on failure, adds a screenshot, the page's
    /// traffic and the service's output to the error.
    /// </summary>
    public Task InGraphiQLAsync(Func<GraphiQLPage, Task> test, [CallerMemberName] string testName = "") =>
        InPageAsync((page, traffic) => test(new GraphiQLPage(page, traffic, Server.GraphQLEndpoint)), testName);

    /// <summary>
    /// Runs <paramref name="test"/> on a blank page in a fresh context that records its traffic; on failure, adds a
    /// screenshot, the page's traffic and the service's output to the error.
    /// </summary>
    public async Task InPageAsync(Func<IPage, PageTraffic, Task> test, string testName)
    {
        await using var context = await Chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
        });
        // Generous: the whole solution's tests run in parallel on two cores in CI.
        context.SetDefaultTimeout(30_000);
        var traffic = await PageTraffic.RecordAsync(context, Server.BaseAddress);
        var page = await context.NewPageAsync();
        try
        {
            await test(page, traffic);
        }
        catch (Exception failure)
        {
            var screenshot = await FailureScreenshot.TryTakeAsync(page, testName);
            throw new BrowserTestFailureException(
                $"{failure.Message}\n\nscreenshot: {screenshot ?? "(none could be taken)"}\n\n{traffic}\n\nservice output:\n{Server.RecentOutput}",
                failure);
        }
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserSuite>
{
    public const string Name = "Browser";
}
