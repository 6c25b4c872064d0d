using System.Globalization;
using System.Text.Json;

namespace CooperationGraph.Api.Tests.Integration;

/// <summary>
/// The replacement <c>relationshipCounts</c>' deprecation names answers what it answered: for every grouping, the same
/// buckets from <c>relationshipAggregate</c> (a status keyed by its enum value), only an <c>UNKNOWN</c> bucket besides.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class RelationshipCountsReplacementTests(SeededHost host)
{
    [Theory]
    [InlineData("TYPE")]
    [InlineData("STATUS")]
    [InlineData("YEAR")]
    [InlineData("LABEL")]
    [InlineData("REGION")]
    [InlineData("BLOC")]
    [InlineData("SECTOR")]
    public async Task Relationship_aggregate_answers_every_grouping_of_relationship_counts(string grouping)
    {
        var data = await host.DataAsync($$"""
            {
              old: relationshipCounts(by: {{grouping}}, types: [FUNDS, SUPPORTS, CO_BUILDS]) { key count amountSum possibleDuplicateAmountSum }
              new: relationshipAggregate(by: [{{grouping}}], where: { type_in: [FUNDS, SUPPORTS, CO_BUILDS] }) { keys count amountSum possibleDuplicateAmountSum }
            }
            """);

        var old = data.GetProperty("old").EnumerateArray()
            .ToDictionary(bucket => grouping == "STATUS" ? bucket.GetProperty("key").GetString()!.ToUpperInvariant() : bucket.GetProperty("key").GetString()!, Totals);
        var replacement = data.GetProperty("new").EnumerateArray().ToDictionary(bucket => bucket.GetProperty("keys")[0].GetString()!, Totals);

        Assert.NotEmpty(old);
        foreach (var (key, totals) in old)
        {
            Assert.True(replacement.TryGetValue(key, out var answered), $"relationshipAggregate(by: [{grouping}]) has no bucket {key}");
            Assert.Equal(totals, answered);
        }

        Assert.All(replacement.Keys.Except(old.Keys), key => Assert.Equal("UNKNOWN", key));
    }

    [Fact]
    public async Task The_start_entity_conditions_move_into_where_start()
    {
        var data = await host.DataAsync("""
            {
              old: relationshipCounts(by: STATUS, label: Organisation, where: { bloc: GUANGXI }) { key count }
              new: relationshipAggregate(by: [STATUS], where: { start: { label: Organisation, bloc: GUANGXI } }) { keys count }
            }
            """);

        var old = data.GetProperty("old").EnumerateArray().Select(b => $"{b.GetProperty("key").GetString()!.ToUpperInvariant()}={b.GetProperty("count")}").Order(StringComparer.Ordinal);
        var replacement = data.GetProperty("new").EnumerateArray().Select(b => $"{b.GetProperty("keys")[0]}={b.GetProperty("count")}").Order(StringComparer.Ordinal);
        Assert.NotEmpty(old);
        Assert.Equal(old, replacement);
    }

    [Fact]
    public async Task Relationship_counts_says_its_replacement_in_its_deprecation()
    {
        var data = await host.DataAsync("""{ __type(name: "Query") { fields(includeDeprecated: true) { name isDeprecated deprecationReason } } }""");
        var field = data.GetProperty("__type").GetProperty("fields").EnumerateArray().Single(f => f.GetProperty("name").GetString() == "relationshipCounts");

        Assert.True(field.GetProperty("isDeprecated").GetBoolean());
        Assert.Contains("relationshipAggregate", field.GetProperty("deprecationReason").GetString(), StringComparison.Ordinal);
    }

    private static string Totals(JsonElement bucket) => string.Create(CultureInfo.InvariantCulture,
        $"{bucket.GetProperty("count").GetInt32()} {Number(bucket.GetProperty("amountSum"))} {Number(bucket.GetProperty("possibleDuplicateAmountSum"))}");

    private static string Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "null" : value.GetDouble().ToString(CultureInfo.InvariantCulture);
}
