using System.Text.Json;
using CooperationGraph.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Dashboard;

/// <summary>The dashboard at the service's root, in one browser page, with what the tests read from it.</summary>
public sealed class DashboardPage(IPage page, PageTraffic traffic, ApiServerProcess server)
{
    public IPage Page => page;

    public PageTraffic Traffic => traffic;

    /// <summary>Where the view screenshots go: beside the failure screenshots, never in the source tree.</summary>
    public static string ScreenshotFolder => Path.Combine(RepositoryLayout.TestResults, "dashboard");

    public ILocator View => page.Locator("main#view");

    /// <summary>Opens <c>/{query}#/{route}</c> and waits until <paramref name="view"/> has drawn its data.</summary>
    public async Task<IResponse?> OpenAsync(string route, string view, string query = "")
    {
        var response = await page.GotoAsync(new Uri(server.BaseAddress, $"{query}#/{route}").ToString());
        await WaitUntilReadyAsync(view);
        return response;
    }

    public Task WaitUntilReadyAsync(string view) =>
        page.Locator($"main#view[data-view='{view}'][data-state='ready']").WaitForAsync();

    /// <summary>Milliseconds from the start of navigation to the first view drawn with its data (the page's own mark).</summary>
    public Task<double> FirstViewMillisecondsAsync() =>
        page.EvaluateAsync<double>("() => performance.getEntriesByName('dashboard:first-view')[0]?.startTime ?? -1");

    public async Task<string> SaveScreenshotAsync(string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, $"dashboard-{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = false });
        return path;
    }

    /// <summary>The API's own answer, asked directly over HTTP: what the page must show.</summary>
    public async Task<JsonElement> AskApiAsync(string query)
    {
        using var answer = await GraphQLHttp.PostAsync(server.GraphQLEndpoint, query);
        var root = answer.RootElement;
        Assert.False(root.TryGetProperty("errors", out var errors), $"the API refused the test's own query: {errors}");
        return root.GetProperty("data").Clone();
    }

    public Task<string[]> AttributesAsync(string selector, string attribute) =>
        page.Locator(selector).EvaluateAllAsync<string[]>($"(elements) => elements.map((e) => e.getAttribute('{attribute}') ?? '')");
}

internal static class DashboardSuite
{
    public static Task InDashboardAsync(this BrowserSuite suite, Func<DashboardPage, Task> test, [System.Runtime.CompilerServices.CallerMemberName] string testName = "") =>
        suite.InPageAsync((page, traffic) => test(new DashboardPage(page, traffic, suite.Server)), testName);
}
