using System.Globalization;
using System.Text.Json;
using CooperationGraph.BrowserTests.Infrastructure;

namespace CooperationGraph.BrowserTests.Dashboard;

/// <summary>
/// Each view opened by its deep link, the data it shows compared with the API's own answer to the same question,
/// and a screenshot of each saved under artifacts/.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardViewTests(BrowserSuite suite)
{
    private const string AllStatuses = "[IMPLEMENTED, ONGOING, PLANNED]";

    [Theory]
    [InlineData("", "", "matrix")]
    [InlineData("?plans=1", ", status: " + AllStatuses, "matrix-with-plans")]
    public Task The_city_matrix_shows_the_apis_count_in_every_cell_and_marks_the_gaps(string parameters, string statusArgument, string screenshot) => suite.InDashboardAsync(async dashboard =>
    {
        // With one cell opened, as a link from elsewhere would restore it.
        await dashboard.OpenAsync("matrix/region:wuzhou/region:shenzhen" + parameters, "matrix");
        var api = await dashboard.AskApiAsync($"{{ cooperationMatrix(level: CITY{statusArgument}) {{ rows {{ id }} columns {{ id }} cells {{ row {{ id }} column {{ id }} count }} }} }}");

        var matrix = api.GetProperty("cooperationMatrix");
        var expected = matrix.GetProperty("cells").EnumerateArray()
            .ToDictionary(cell => $"{cell.GetProperty("row").GetProperty("id")}|{cell.GetProperty("column").GetProperty("id")}", cell => cell.GetProperty("count").GetInt32().ToString(CultureInfo.InvariantCulture));
        var rows = await dashboard.AttributesAsync("button.cell", "data-row");
        var columns = await dashboard.AttributesAsync("button.cell", "data-column");
        var counts = await dashboard.AttributesAsync("button.cell", "data-count");
        var shown = rows.Select((row, i) => (Key: $"{row}|{columns[i]}", Count: counts[i])).ToDictionary(cell => cell.Key, cell => cell.Count);

        Assert.Equal(matrix.GetProperty("rows").GetArrayLength() * matrix.GetProperty("columns").GetArrayLength(), shown.Count);
        foreach (var (key, count) in shown)
        {
            Assert.Equal(expected.GetValueOrDefault(key, "0"), count);
        }
        var gaps = shown.Count(cell => cell.Value == "0");
        Assert.True(gaps > 0, "the seed data has empty cells");
        Assert.Equal(gaps, await dashboard.Page.Locator("button.cell.gap").CountAsync());
        Assert.Equal(expected["region:wuzhou|region:shenzhen"], await dashboard.Page.Locator("section.cell-panel").GetAttributeAsync("data-count"));
        Assert.Equal("true", await dashboard.Page.Locator("button.cell[data-row='region:wuzhou'][data-column='region:shenzhen']").GetAttributeAsync("aria-pressed"));
        Assert.Equal(parameters.Length > 0, await dashboard.Page.Locator("input#matrix-plans").IsCheckedAsync());
        await dashboard.SaveScreenshotAsync(screenshot);
    });

    [Fact]
    public Task The_partners_view_lists_the_apis_partners_of_a_city_in_the_other_bloc() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("partners/region:wuzhou", "partners");
        var api = await dashboard.AskApiAsync(
            $"{{ partners(of: \"region:wuzhou\", bloc: GREATER_BAY_AREA, status: {AllStatuses}, first: 500) {{ partner {{ id }} status kind }} }}");

        var expected = api.GetProperty("partners").EnumerateArray()
            .Select(tie => $"{tie.GetProperty("kind")}:{tie.GetProperty("partner").GetProperty("id")}:{tie.GetProperty("status")}")
            .Order(StringComparer.Ordinal).ToArray();
        var kinds = await dashboard.Page.Locator("section[data-kind] tr[data-partner]").EvaluateAllAsync<string[]>(
            "(rows) => rows.map((r) => `${r.closest('section').dataset.kind}:${r.dataset.partner}:${r.dataset.status}`)");

        Assert.NotEmpty(expected);
        Assert.Equal(expected, kinds.Order(StringComparer.Ordinal).ToArray());
        Assert.Equal("region:wuzhou", await dashboard.Page.Locator("#partners-title").GetAttributeAsync("data-entity"));
        Assert.True(await dashboard.Page.Locator(".network canvas").CountAsync() > 0, "the network was not drawn");
        await dashboard.SaveScreenshotAsync("partners");
    });

    [Fact]
    public Task The_gaps_view_shows_every_gap_the_api_finds_each_with_evidence() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("gaps", "gaps");
        var api = await dashboard.AskApiAsync(
            "{ collaborationGaps { sectors { explanation } institutions { explanation } plans { explanation } } recommendPartners(first: 10) { explanation } }");

        var gaps = api.GetProperty("collaborationGaps");
        foreach (var (section, lines) in new[]
        {
            ("sectors", gaps.GetProperty("sectors")),
            ("institutions", gaps.GetProperty("institutions")),
            ("plans", gaps.GetProperty("plans")),
            ("recommendations", api.GetProperty("recommendPartners")),
        })
        {
            var shown = await dashboard.Page.Locator($"section[data-section='{section}'] li.gap-line p.explanation").AllTextContentsAsync();
            Assert.Equal(lines.EnumerateArray().Select(line => line.GetProperty("explanation").GetString()).ToArray(), shown.ToArray());
        }
        var withoutEvidence = await dashboard.Page.Locator("li.gap-line").EvaluateAllAsync<int>(
            "(lines) => lines.filter((l) => !l.querySelector('ul.evidence li')).length");
        Assert.Equal(0, withoutEvidence);
        await dashboard.SaveScreenshotAsync("gaps");
    });

    [Fact]
    public Task The_money_view_shows_the_apis_sums_by_year_and_bloc_with_the_unknown_bucket() => suite.InDashboardAsync(async dashboard =>
    {
        await dashboard.OpenAsync("money", "money");
        // Asked another way than the page asks (relationshipAggregate and the root relationships connection): the
        // deprecated relationshipCounts and a walk from each funder, so a fault in either path shows as a difference.
        var api = await dashboard.AskApiAsync("""
            {
              byYear: relationshipCounts(by: YEAR, types: [FUNDS]) { key amountSum }
              byBloc: relationshipCounts(by: BLOC, types: [FUNDS]) { key amountSum }
              funders: entities(first: 50, where: { related: { type: FUNDS } }) {
                nodes { relationsConnection(first: 50, where: { type: FUNDS, direction: OUT }) { nodes { id amountPeriod } } }
              }
            }
            """);

        foreach (var grouping in new[] { "year", "bloc" })
        {
            var buckets = api.GetProperty(grouping == "year" ? "byYear" : "byBloc").EnumerateArray()
                .Select(b => $"{b.GetProperty("key")}={Amount(b.GetProperty("amountSum"))}").Order(StringComparer.Ordinal).ToArray();
            var shown = await dashboard.Page.Locator($"table[data-grouping='{grouping}'] tbody tr").EvaluateAllAsync<string[]>(
                "(rows) => rows.map((r) => `${r.dataset.key}=${r.dataset.amount}`)");
            Assert.Equal(buckets, shown.Order(StringComparer.Ordinal).ToArray());
        }
        Assert.Equal(1, await dashboard.Page.Locator("table[data-grouping='year'] tr[data-key='UNKNOWN']").CountAsync());

        var relationships = api.GetProperty("funders").GetProperty("nodes").EnumerateArray()
            .SelectMany(f => f.GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray())
            .Select(r => $"{r.GetProperty("id")}={(r.GetProperty("amountPeriod").ValueKind == JsonValueKind.Null ? "UNKNOWN" : r.GetProperty("amountPeriod").GetString())}")
            .Order(StringComparer.Ordinal).ToArray();
        var rows = await dashboard.Page.Locator("table.funds tbody tr").EvaluateAllAsync<string[]>("(rows) => rows.map((r) => `${r.dataset.relationship}=${r.dataset.period}`)");
        Assert.Equal(relationships, rows.Order(StringComparer.Ordinal).ToArray());
        Assert.Contains(rows, row => row.EndsWith("=PER_YEAR", StringComparison.Ordinal));
        Assert.Contains(rows, row => row.EndsWith("=ONE_OFF", StringComparison.Ordinal));
        Assert.True(await dashboard.Page.Locator(".chart svg").CountAsync() >= 2, "the charts were not drawn");
        await dashboard.SaveScreenshotAsync("money");
    });

    [Fact]
    public Task A_letter_opens_at_its_quote_with_every_stated_fact_highlighted() => suite.InDashboardAsync(async dashboard =>
    {
        var api = await dashboard.AskApiAsync(
            "{ partners(of: \"region:wuzhou\", bloc: GREATER_BAY_AREA) { evidence { document { id } quote } } }");
        var source = api.GetProperty("partners")[0].GetProperty("evidence")[0];
        var document = source.GetProperty("document").GetProperty("id").GetString()!;
        var quote = source.GetProperty("quote").GetString()!;

        await dashboard.OpenAsync($"letters/{Uri.EscapeDataString(document)}?quote={Uri.EscapeDataString(quote)}", "letters");

        Assert.Equal(quote, string.Concat(await dashboard.Page.Locator("mark.target").AllTextContentsAsync()));
        var stated = await dashboard.AskApiAsync(
            $"{{ node(id: \"{document}\") {{ ... on Document {{ relationshipsStated(first: 1000) {{ nodes {{ sources {{ document {{ id }} quote }} }} }} }} }} }}");
        var quotes = stated.GetProperty("node").GetProperty("relationshipsStated").GetProperty("nodes").EnumerateArray()
            .SelectMany(r => r.GetProperty("sources").EnumerateArray())
            .Where(s => s.GetProperty("document").GetProperty("id").GetString() == document && s.GetProperty("quote").GetString() is { Length: > 0 })
            .Select(s => s.GetProperty("quote").GetString()!).ToHashSet();
        var highlighted = (await dashboard.AttributesAsync("mark.fact", "data-quotes")).SelectMany(q => q.Split('\u241e')).ToHashSet();
        Assert.NotEmpty(quotes);
        Assert.Subset(highlighted, quotes);
        Assert.Equal("zh-CN", await dashboard.Page.Locator(".letter-text").GetAttributeAsync("lang"));
        await dashboard.SaveScreenshotAsync("letters");
    });

    private static string Amount(JsonElement sum) =>
        sum.ValueKind == JsonValueKind.Null ? "" : sum.GetDouble().ToString(CultureInfo.InvariantCulture);
}
