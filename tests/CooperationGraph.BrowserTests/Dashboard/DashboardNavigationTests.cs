using CooperationGraph.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace CooperationGraph.BrowserTests.Dashboard;

/// <summary>Clicking through the dashboard as a planner would, by mouse and by keyboard, in both languages.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardNavigationTests(BrowserSuite suite)
{
    [Fact]
    public Task A_click_goes_from_a_city_pair_to_its_tie_and_on_to_the_quote_in_the_letter() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("matrix", "matrix");
        var page = dashboard.Page;

        await page.Locator("button.cell[data-row='region:wuzhou'][data-column='region:shenzhen']").ClickAsync();
        var panel = page.Locator("section.cell-panel");
        await panel.WaitForAsync();
        var api = await dashboard.AskApiAsync(
            "{ matrixCell(row: \"region:wuzhou\", column: \"region:shenzhen\") { count links { id } } }");
        var cell = api.GetProperty("matrixCell");
        Assert.Equal(cell.GetProperty("count").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture), await panel.GetAttributeAsync("data-count"));
        Assert.Equal(
            cell.GetProperty("links").EnumerateArray().Select(link => link.GetProperty("id").GetString() ?? "").ToArray(),
            await dashboard.AttributesAsync("section.cell-panel li.tie", "data-link"));
        Assert.EndsWith("#/matrix/region%3Awuzhou/region%3Ashenzhen", page.Url, StringComparison.Ordinal);

        var quoteLink = panel.Locator("li.tie a.quote").First;
        var target = new Uri(new Uri(page.Url), await quoteLink.GetAttributeAsync("href"));
        var quote = Uri.UnescapeDataString(target.Fragment[(target.Fragment.IndexOf("quote=", StringComparison.Ordinal) + "quote=".Length)..]);
        await quoteLink.ClickAsync();
        await dashboard.WaitUntilReadyAsync("letters");

        Assert.Equal(quote, string.Concat(await page.Locator("mark.target").AllTextContentsAsync()));
        Assert.True(await page.Locator("mark.target").First.EvaluateAsync<bool>("(mark) => document.activeElement === mark"), "the quote does not have the focus");
        // The panel names the facts the highlight states; clicking another highlight opens its facts.
        await page.Locator(".fact-panel li.fact-relationship, .fact-panel li.fact-entity").First.WaitForAsync();
        await page.Locator("mark.fact:not(.target)").First.ClickAsync();
        await page.Locator(".fact-panel li.fact-relationship, .fact-panel li.fact-entity").First.WaitForAsync();
        await dashboard.SaveScreenshotAsync("city-tie-quote");
    });

    [Fact]
    public Task The_search_finds_a_city_by_its_english_name_and_opens_it_from_the_keyboard() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("partners", "partners");
        var page = dashboard.Page;
        var api = await dashboard.AskApiAsync("{ search(text: \"wuzhou\", first: 12) { id } }");
        var first = api.GetProperty("search")[0].GetProperty("id").GetString();

        await page.Locator("input#search").FocusAsync();
        await page.Keyboard.TypeAsync("wuzhou");
        await page.Locator("#search-results li[role='option']").First.WaitForAsync();
        Assert.Equal(
            api.GetProperty("search").EnumerateArray().Select(e => e.GetProperty("id").GetString() ?? "").ToArray(),
            await dashboard.AttributesAsync("#search-results li[role='option']", "data-id"));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("search-option-0", await page.Locator("input#search").GetAttributeAsync("aria-activedescendant"));
        await page.Keyboard.PressAsync("Enter");
        await page.Locator($"#partners-title[data-entity='{first}']").WaitForAsync();

        // Chinese too: the page lists what the API's search answers, in its order.
        var chinese = await dashboard.AskApiAsync("{ search(text: \"梧州\", first: 12) { id } }");
        await page.Locator("input#search").FillAsync("梧州");
        await page.Locator("#search-results li[role='option']").First.WaitForAsync();
        Assert.Equal(
            chinese.GetProperty("search").EnumerateArray().Select(e => e.GetProperty("id").GetString() ?? "").ToArray(),
            await dashboard.AttributesAsync("#search-results li[role='option']", "data-id"));
    });

    [Fact]
    public Task The_matrix_is_one_tab_stop_walked_with_the_arrow_keys() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("matrix", "matrix");
        var page = dashboard.Page;

        await page.Locator("button.cell[data-r='0'][data-c='0']").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowDown");
        var focused = await page.EvaluateAsync<string>("() => `${document.activeElement.dataset.r},${document.activeElement.dataset.c}`");
        Assert.Equal("1,1", focused);
        Assert.Equal(1, await page.Locator("button.cell[tabindex='0']").CountAsync());
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("section.cell-panel").WaitForAsync();
    });

    [Theory]
    [InlineData("matrix", "matrix")]
    [InlineData("partners/region:wuzhou", "partners")]
    [InlineData("gaps", "gaps")]
    [InlineData("money", "money")]
    [InlineData("letters/doc:czppcc-12-4-20210243", "letters")]
    public Task Every_control_has_a_name_for_screen_readers(string route, string view) => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync(route, view);

        var unnamed = await dashboard.Page.EvaluateAsync<string[]>("""
            () => [...document.querySelectorAll('a, button, input, [role=button], [tabindex]')]
              .filter((e) => !(e.getAttribute('aria-label') || e.textContent.trim() || (e.id && document.querySelector(`label[for="${e.id}"]`))))
              .map((e) => e.outerHTML.slice(0, 120))
            """);
        Assert.Empty(unnamed);
    });

    [Fact]
    public Task The_language_toggle_shows_english_names_and_keeps_the_letters_chinese() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("matrix", "matrix");
        var page = dashboard.Page;
        var api = await dashboard.AskApiAsync("{ cooperationMatrix { rows { id name nameEn } } }");
        var wuzhou = api.GetProperty("cooperationMatrix").GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "region:wuzhou");
        var row = page.Locator("th[scope='row'][data-id='region:wuzhou']");
        Assert.Equal(wuzhou.GetProperty("name").GetString(), await row.TextContentAsync());

        await page.Locator("button.language").ClickAsync();
        await dashboard.WaitUntilReadyAsync("matrix");

        Assert.Equal(wuzhou.GetProperty("nameEn").GetString(), await page.Locator("th[scope='row'][data-id='region:wuzhou']").TextContentAsync());
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        await page.GotoAsync(page.Url.Replace("#/matrix", "#/letters/doc:czppcc-12-4-20210243", StringComparison.Ordinal));
        await dashboard.WaitUntilReadyAsync("letters");
        Assert.Equal("zh-CN", await page.Locator(".letter-text").GetAttributeAsync("lang"));
        Assert.Equal("Letters", await page.Locator("main h2").First.TextContentAsync());
        await dashboard.SaveScreenshotAsync("english");
    });
}
