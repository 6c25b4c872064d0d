using System.Text.Json;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>
/// Each stated amount says what it covers (once, each year, accumulated) and who reports it, on both relationship
/// shapes, as the seed data records them; a yearly amount and two reports of the same money can be told apart.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class AmountAccountTests(SeededHost host)
{
    public static TheoryData<string> Funders() =>
        [.. SeedFacts.Relationships.Where(relationship => relationship.Type == "FUNDS" && relationship.Amount is not null).Select(relationship => relationship.FromId).Distinct()];

    [Theory]
    [MemberData(nameof(Funders))]
    public async Task Every_stated_amount_carries_its_period_and_reporter_as_recorded(string funderId)
    {
        var data = await host.DataAsync($$"""
            { node(id: "{{funderId}}") { ... on Entity { relationsConnection(first: 100, where: { type: FUNDS, direction: OUT }) {
              nodes { id amountPeriod amountReportedBy { id } } } } } }
            """);

        var answered = data.GetProperty("node").GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray()
            .ToDictionary(node => node.GetProperty("id").GetString()!, node => node);
        foreach (var relationship in SeedFacts.Relationships.Where(r => r.Type == "FUNDS" && r.FromId == funderId))
        {
            var node = answered[relationship.Id];
            var period = relationship.Amount is null ? null : relationship.Properties.GetValueOrDefault("period") as string;
            var reporter = relationship.Amount is null ? null : relationship.Properties.GetValueOrDefault("reportedBy") as string;
            Assert.Equal(period?.ToUpperInvariant().Replace('-', '_'), Text(node.GetProperty("amountPeriod")));
            Assert.Equal(reporter, node.GetProperty("amountReportedBy") is { ValueKind: JsonValueKind.Object } entity ? entity.GetProperty("id").GetString() : null);
        }
    }

    [Fact]
    public async Task The_joint_funds_yearly_contributions_are_per_year_and_the_two_2020_guilin_reports_have_two_reporters()
    {
        // 000:39 每年各配置1000万元; 003:11 (the department) and 003:39 (the finance department) report 2020 money.
        var data = await host.DataAsync("""
            { fund: node(id: "fund:yuegui-joint-fund") { ... on Entity { relationsConnection(where: { type: FUNDS, direction: IN }) { nodes { amountPeriod } } } }
              guilin: node(id: "org:guilin-sdz") { ... on Entity { relationsConnection(where: { type: FUNDS, direction: IN }) { nodes { amountPeriod amountReportedBy { id } } } } } }
            """);

        var yearly = data.GetProperty("fund").GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray().Select(node => Text(node.GetProperty("amountPeriod"))).ToList();
        Assert.Equal(["PER_YEAR", "PER_YEAR"], yearly);
        var reports = data.GetProperty("guilin").GetProperty("relationsConnection").GetProperty("nodes").EnumerateArray().ToList();
        Assert.All(reports, node => Assert.Equal("ONE_OFF", Text(node.GetProperty("amountPeriod"))));
        Assert.Equal(["org:gx-dost", "org:gx-finance"], reports.Select(node => node.GetProperty("amountReportedBy").GetProperty("id").GetString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_drawn_edge_carries_the_same_account()
    {
        var data = await host.DataAsync("""
            { neighborhood(id: "fund:yuegui-joint-fund", hops: 1, limit: 50) { edges { type to amountPeriod amountReportedBy { id } } } }
            """);

        var funding = data.GetProperty("neighborhood").GetProperty("edges").EnumerateArray()
            .Where(edge => edge.GetProperty("type").GetString() == "FUNDS" && edge.GetProperty("to").GetString() == "fund:yuegui-joint-fund").ToList();
        Assert.Equal(2, funding.Count);
        Assert.All(funding, edge => Assert.Equal("PER_YEAR", Text(edge.GetProperty("amountPeriod"))));
        Assert.All(funding, edge => Assert.Equal("org:gx-dost", edge.GetProperty("amountReportedBy").GetProperty("id").GetString()));
    }

    private static string? Text(JsonElement value) => value.ValueKind == JsonValueKind.Null ? null : value.GetString();
}
