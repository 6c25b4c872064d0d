using System.Globalization;
using CooperationGraph.BrowserTests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace CooperationGraph.BrowserTests.Dashboard;

/// <summary>What the dashboard asks of the network: its own origin only, the endpoint it is told, and live updates.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardTrafficTests(BrowserSuite suite, ITestOutputHelper output)
{
    [Fact]
    public Task The_site_root_serves_the_dashboard_whose_first_view_draws_with_data() => suite.InDashboardAsync(async dashboard =>
    {
        var response = await dashboard.OpenAsync("", "matrix");

        Assert.Equal(200, response?.Status);
        Assert.StartsWith("text/html", response?.Headers["content-type"], StringComparison.Ordinal);
        Assert.True(await dashboard.Page.Locator("button.cell").CountAsync() > 0, "the default view drew no matrix");
        // Reported, not asserted: timings on a shared two-core machine are noise.
        var milliseconds = await dashboard.FirstViewMillisecondsAsync();
        Assert.True(milliseconds > 0, "the page set no first-view mark");
        // Again with the bundle in the browser's cache, as a returning user opens it.
        await dashboard.Page.ReloadAsync();
        await dashboard.WaitUntilReadyAsync("matrix");
        var cached = await dashboard.FirstViewMillisecondsAsync();
        var figure = string.Create(CultureInfo.InvariantCulture,
            $"dashboard first view with data: {milliseconds:F0} ms after navigation start; {cached:F0} ms on reload with the bundle cached");
        output.WriteLine(figure);
        Directory.CreateDirectory(DashboardPage.ScreenshotFolder);
        await File.AppendAllTextAsync(Path.Combine(DashboardPage.ScreenshotFolder, "first-view.txt"), figure + "\n");
        Assert.Empty(dashboard.Traffic.Errors);
    });

    [Fact]
    public Task Every_view_requests_only_its_own_origin() => suite.InDashboardAsync(async dashboard =>
    {
        foreach (var (route, view) in new[]
        {
            ("matrix/region:wuzhou/region:shenzhen", "matrix"),
            ("partners/region:wuzhou", "partners"),
            ("gaps", "gaps"),
            ("money", "money"),
            ("letters/doc:czppcc-12-4-20210243", "letters"),
        })
        {
            await dashboard.OpenAsync(route, view);
        }

        Assert.Empty(dashboard.Traffic.Blocked);
        Assert.All(dashboard.Traffic.Requests, url => Assert.True(dashboard.Traffic.IsServer(url), $"{url} is not the service on 127.0.0.1"));
        Assert.Contains(dashboard.Traffic.Requests, url => url.EndsWith("/dashboard/dashboard.js", StringComparison.Ordinal));
        Assert.Contains(dashboard.Traffic.Requests, url => url.EndsWith("/graphql", StringComparison.Ordinal));
        Assert.Empty(dashboard.Traffic.Errors);
    });

    [Theory]
    [InlineData("matrix", "matrix", 1)]
    [InlineData("matrix/region:wuzhou/region:shenzhen", "matrix", 1)]
    [InlineData("partners/region:wuzhou", "partners", 2)]
    [InlineData("gaps", "gaps", 1)]
    [InlineData("money", "money", 1)]
    [InlineData("letters/doc:czppcc-12-4-20210243", "letters", 1)]
    public Task Each_view_asks_the_api_as_few_times_as_its_data_needs(string route, string view, int expected) => suite.InDashboardAsync(async dashboard =>
    {
        // The partners view asks twice because the bloc it asks partners in depends on the entity's own bloc.
        var page = dashboard.Page;
        var posts = new List<string>();
        page.Request += (_, request) =>
        {
            if (request.Method == "POST" && request.Url.EndsWith("/graphql", StringComparison.Ordinal))
            {
                lock (posts)
                {
                    posts.Add(request.PostData ?? "");
                }
            }
        };

        await dashboard.OpenAsync(route, view);
        // A request sent after the view is drawn (names fetched later, say) counts too.
        await page.WaitForTimeoutAsync(500);
        if (route.StartsWith("letters", StringComparison.Ordinal))
        {
            await page.Locator("mark.fact").First.ClickAsync();
            await page.Locator(".fact-panel li.fact-relationship, .fact-panel li.fact-entity").First.WaitForAsync();
            await page.WaitForTimeoutAsync(500);
        }

        lock (posts)
        {
            output.WriteLine($"{route}: {posts.Count} POST(s)");
            Assert.Equal(expected, posts.Count);
        }
    });

    [Fact]
    public Task The_endpoint_parameter_points_the_page_at_another_graphql_endpoint() => suite.InDashboardAsync(async dashboard =>
    {
        var page = dashboard.Page;
        var asked = new List<string>();
        // The other endpoint: a path the service does not serve, answered here by forwarding to the real one.
        await page.RouteAsync(url => new Uri(url).AbsolutePath == "/elsewhere/graphql", async route =>
        {
            asked.Add($"{route.Request.Method} {route.Request.Url}");
            if (route.Request.Method != "POST")
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
                return;
            }
            var response = await route.FetchAsync(new RouteFetchOptions { Url = suite.Server.GraphQLEndpoint.ToString() });
            await route.FulfillAsync(new RouteFulfillOptions { Response = response });
        });

        await dashboard.OpenAsync("money", "money", "?endpoint=/elsewhere/graphql");

        Assert.Contains(asked, request => request.StartsWith("POST ", StringComparison.Ordinal));
        Assert.Contains(asked, request => request.StartsWith("GET ", StringComparison.Ordinal) && request.Contains("graphChanged", StringComparison.Ordinal));
        Assert.DoesNotContain(dashboard.Traffic.Requests, url => url.EndsWith("/graphql", StringComparison.Ordinal) && !url.Contains("/elsewhere/", StringComparison.Ordinal));
        Assert.True(await page.Locator("table[data-grouping='year'] tbody tr").CountAsync() > 0, "the view drew no data from the other endpoint");
    });

    [Fact]
    public Task A_graph_change_event_redraws_the_view_and_is_announced() => suite.InDashboardAsync(async dashboard =>
    {
        var page = dashboard.Page;
        // The seeded service writes nothing after start, so the stream is played here: one graphChanged event.
        await page.RouteAsync("**/graphql?query=*", route => route.FulfillAsync(new RouteFulfillOptions
        {
            Status = 200,
            ContentType = "text/event-stream",
            Body = "event: next\ndata: {\"data\":{\"graphChanged\":{\"version\":4242,\"kind\":\"APPLIED\"}}}\n\nevent: complete\ndata:\n\n",
        }));
        var posts = 0;
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                Interlocked.Increment(ref posts);
            }
        };

        await page.GotoAsync(suite.Server.BaseAddress + "#/gaps");
        await page.Locator("p.live", new PageLocatorOptions { HasText = "4242" }).WaitForAsync();
        await dashboard.WaitUntilReadyAsync("gaps");

        Assert.Equal("polite", await page.Locator("p.live").GetAttributeAsync("aria-live"));
        Assert.True(Volatile.Read(ref posts) >= 2, $"the view was not asked for again after the change ({posts} POSTs)");
    });
}
