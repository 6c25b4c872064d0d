using System.Globalization;
using System.Text.Json;
using CooperationGraph.Api.Tests.Integration;

namespace CooperationGraph.Api.Tests.Relationships;

/// <summary>
/// The dashboard's charts, each answered by one request to <c>relationshipAggregate</c> or <c>entityAggregate</c>: the
/// amounts checked against the letters' own figures, the other groups against the seed data.
/// </summary>
[Collection(SeededHostCollection.Name)]
public sealed class RelationshipAggregateTests(SeededHost host)
{
    private const string Bucket = "keys names count amountCount amountSum amountMin amountMax amountAvg possibleDuplicateAmountSum";

    [Fact]
    public async Task Type_by_status_is_one_request_whose_groups_add_up_to_every_relationship()
    {
        var data = await host.DataAsync($$"""{ relationshipAggregate(by: [TYPE, STATUS]) { {{Bucket}} } }""");

        var buckets = Buckets(data, "relationshipAggregate");
        var expected = SeedFacts.Relationships
            .GroupBy(relationship => Key(relationship.Type, relationship.Status.ToString().ToUpperInvariant()))
            .ToDictionary(group => group.Key, group => group.Count());
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), buckets.Select(bucket => KeyValuePair.Create(bucket.Key, bucket.Count)).OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Equal(SeedFacts.Relationships.Count, buckets.Sum(bucket => bucket.Count));
        // 003:42-43: the finance department and the S&T department plan more support for the Guilin zone: planned SUPPORTS.
        Assert.True(buckets.Single(bucket => bucket.Key == Key("SUPPORTS", "PLANNED")).Count >= 2);
        // Keys are the enum values, never the model's spelling.
        Assert.DoesNotContain(buckets, bucket => bucket.Key.EndsWith("Planned", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Funds_by_year_put_the_undated_money_in_unknown_and_hold_the_2020_second_report_apart()
    {
        var data = await host.DataAsync($$"""{ relationshipAggregate(by: [YEAR], where: { type: FUNDS }) { {{Bucket}} } }""");

        var buckets = Buckets(data, "relationshipAggregate").ToDictionary(bucket => bucket.Key);
        Assert.Equal(["2020", "UNKNOWN"], buckets.Keys.Order(StringComparer.Ordinal));
        // 003:11 (2530万元, the S&T department's account) and 003:39 (2030万元, the finance department's) report 2020 money
        // of the same fund for the same zone: the larger counts, the other is a possible duplicate.
        var year2020 = buckets["2020"];
        Assert.Equal<(int, int?, double?, double?, double?, double?)>((2, 1, 25_300_000d, 25_300_000d, 25_300_000d, 20_300_000d), (year2020.Count, year2020.AmountCount, year2020.Sum, year2020.Min, year2020.Max, year2020.Duplicates));
        // Undated: 000:29 4000万元 to the Leaguer park, 000:39 1000万元 a year from each of the two departments, and the
        // joint fund's two platforms (000:39) with no amount.
        var undated = buckets["UNKNOWN"];
        Assert.Equal<(int, int?, double?, double?, double?, double?)>((5, 3, 60_000_000d, 10_000_000d, 40_000_000d, 20_000_000d), (undated.Count, undated.AmountCount, undated.Sum, undated.Min, undated.Max, undated.Average));
        Assert.Null(undated.Duplicates);
    }

    [Fact]
    public async Task Yearly_amounts_are_told_apart_from_one_off_ones()
    {
        var data = await host.DataAsync("""{ relationshipAggregate(by: [AMOUNT_PERIOD, YEAR], where: { type: FUNDS }) { keys count amountSum } }""");

        var buckets = Buckets(data, "relationshipAggregate").ToDictionary(bucket => bucket.Key, bucket => (bucket.Count, bucket.Sum));
        // 000:39 每年各配置1000万元: two yearly contributions, summed once each and never multiplied by guessed years.
        Assert.Equal<(int, double?)>((2, 20_000_000d), buckets[Key("PER_YEAR", "UNKNOWN")]);
        Assert.Equal<(int, double?)>((1, 40_000_000d), buckets[Key("ONE_OFF", "UNKNOWN")]);
        Assert.Equal<(int, double?)>((2, 25_300_000d), buckets[Key("ONE_OFF", "2020")]);
        Assert.Equal<(int, double?)>((2, null), buckets[Key("UNKNOWN", "UNKNOWN")]);
        Assert.Equal(4, buckets.Count);
    }

    [Fact]
    public async Task Year_by_bloc_counts_each_relationship_once_under_its_start()
    {
        var data = await host.DataAsync("""{ relationshipAggregate(by: [YEAR, BLOC], where: { type_in: [CO_BUILDS, FUNDS, SUPPORTS] }) { keys count } }""");

        var types = new[] { "CO_BUILDS", "FUNDS", "SUPPORTS" };
        var expected = SeedFacts.Relationships.Where(relationship => types.Contains(relationship.Type))
            .GroupBy(relationship => Key(
                relationship.Date?.Year.ToString(CultureInfo.InvariantCulture) ?? "UNKNOWN",
                BlocKey(relationship.FromId)))
            .ToDictionary(group => group.Key, group => group.Count());
        var buckets = Buckets(data, "relationshipAggregate").ToDictionary(bucket => bucket.Key, bucket => bucket.Count);
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), buckets.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        Assert.Contains(buckets.Keys, key => key.EndsWith("|GREATER_BAY_AREA", StringComparison.Ordinal));
    }

    [Fact]
    public async Task City_by_sector_of_co_builders_names_the_city_and_the_sector()
    {
        var data = await host.DataAsync("""
            { relationshipAggregate(by: [CITY, SECTOR], where: { type: CO_BUILDS }) { keys names count }
              byCity: relationshipAggregate(by: [CITY], where: { type: CO_BUILDS }) { keys count } }
            """);

        var buckets = data.GetProperty("relationshipAggregate").EnumerateArray().ToArray();
        // 000:34: 梧州市科技局 co-builds the Wuzhou (Shenzhen) centre: Wuzhou is a city key, named beside its id.
        var wuzhou = buckets.Where(bucket => bucket.GetProperty("keys")[0].GetString() == "region:wuzhou").ToArray();
        Assert.NotEmpty(wuzhou);
        Assert.All(wuzhou, bucket => Assert.Equal("梧州市", bucket.GetProperty("names")[0].GetString()));
        var coBuilds = SeedFacts.Relationships.Where(relationship => relationship.Type == "CO_BUILDS").ToArray();
        var unplaced = coBuilds.Count(relationship => SeedFacts.Cooperation.PlacementOf(relationship.FromId).City is null);
        var unknownCity = buckets.Where(bucket => bucket.GetProperty("keys")[0].GetString() == "UNKNOWN").ToArray();
        // Each relationship counts once per sector of its start, or once under UNKNOWN: by city alone the groups add up.
        Assert.Equal(coBuilds.Length, data.GetProperty("byCity").EnumerateArray().Sum(bucket => bucket.GetProperty("count").GetInt32()));
        Assert.Equal(unplaced, data.GetProperty("byCity").EnumerateArray()
            .Where(bucket => bucket.GetProperty("keys")[0].GetString() == "UNKNOWN").Sum(bucket => bucket.GetProperty("count").GetInt32()));
        Assert.All(unknownCity, bucket => Assert.Equal(JsonValueKind.Null, bucket.GetProperty("names")[0].ValueKind));
    }

    [Fact]
    public async Task Entities_by_label_and_bloc_and_by_city_and_sector()
    {
        var data = await host.DataAsync("""
            { byBloc: entityAggregate(by: [LABEL, BLOC], where: { label: Organisation }) { keys count }
              bySector: entityAggregate(by: [CITY, SECTOR]) { keys names count } }
            """);

        var organisations = SeedFacts.Labelled("Organisation").ToArray();
        var expected = organisations.GroupBy(node => Key(node.Label, BlocKey(node.Id)))
            .ToDictionary(group => group.Key, group => group.Count());
        var byBloc = Buckets(data, "byBloc").ToDictionary(bucket => bucket.Key, bucket => bucket.Count);
        Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), byBloc.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        var bySector = Buckets(data, "bySector");
        Assert.True(bySector.Sum(bucket => bucket.Count) >= SeedFacts.Nodes.Count);
        Assert.Contains(bySector, bucket => bucket.Key == Key("UNKNOWN", "UNKNOWN"));
    }

    [Theory]
    [InlineData("[TYPE, STATUS, YEAR]")]
    [InlineData("[TYPE, TYPE]")]
    [InlineData("[]")]
    public async Task More_than_two_or_repeated_dimensions_are_refused(string by)
    {
        var error = await host.ErrorAsync($$"""{ relationshipAggregate(by: {{by}}) { count } }""");

        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Contains("by:", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    internal static string Key(params string[] keys) => string.Join('|', keys);

    // The bloc enum value of where the cooperation model places an entity; UNKNOWN when it places it nowhere.
    private static string BlocKey(string id) => SeedFacts.Cooperation.PlacementOf(id).Bloc switch
    {
        "Guangxi" => "GUANGXI",
        "GreaterBayArea" => "GREATER_BAY_AREA",
        "Other" => "OTHER",
        _ => "UNKNOWN",
    };

    private static Row[] Buckets(JsonElement data, string field) => data.GetProperty(field).EnumerateArray()
        .Select(bucket => new Row(
            Key(bucket.GetProperty("keys").EnumerateArray().Select(key => key.GetString()!).ToArray()),
            bucket.GetProperty("count").GetInt32(),
            Int(bucket, "amountCount"),
            Number(bucket, "amountSum"),
            Number(bucket, "amountMin"),
            Number(bucket, "amountMax"),
            Number(bucket, "amountAvg"),
            Number(bucket, "possibleDuplicateAmountSum")))
        .ToArray();

    private static int? Int(JsonElement bucket, string name) => bucket.TryGetProperty(name, out var value) ? value.GetInt32() : null;

    private static double? Number(JsonElement bucket, string name) =>
        bucket.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;

    private sealed record Row(string Key, int Count, int? AmountCount, double? Sum, double? Min, double? Max, double? Average, double? Duplicates);
}
