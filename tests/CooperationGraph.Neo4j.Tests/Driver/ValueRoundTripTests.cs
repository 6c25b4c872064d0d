using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Every value type travels client → server as a parameter and server → client in a RECORD.</summary>
public sealed class ValueRoundTripTests
{
    private static readonly Dictionary<string, object?> Props = new() { ["name"] = "广西科技厅", ["rank"] = 1L };

    public static TheoryData<string, int, int> Versions => new() { { "5.4", 5, 4 }, { "4.4", 4, 4 } };

    private static List<object?> AllValues(bool bolt5)
    {
        var node = new Neo4jNode(1, ["Organisation", "Government"], Props, bolt5 ? "4:db:1" : "1");
        var rel = new Neo4jRelationship(9, 1, 2, "COOPERATES_WITH", Props, bolt5 ? "5:db:9" : "9", bolt5 ? "4:db:1" : "1", bolt5 ? "4:db:2" : "2");
        var unbound = new Neo4jUnboundRelationship(9, "COOPERATES_WITH", Props, bolt5 ? "5:db:9" : "9");
        var end = node with { Id = 2, ElementId = bolt5 ? "4:db:2" : "2" };
        return
        [
            null, true, false, 0L, -17L, 40_000L, long.MinValue, 3.14, double.NegativeInfinity, "", "粤港澳大湾区",
            new byte[] { 0, 1, 255 }, new List<object?> { 1L, "two", null }, new Dictionary<string, object?> { ["k"] = new List<object?> { 1.5 } },
            node, rel, new Neo4jPath([node, end], [unbound], [1L, 1L]),
            new Neo4jDate(19_000), new Neo4jTime(3_600_000_000_000, 28_800), new Neo4jLocalTime(1),
            new Neo4jDateTime(1_700_000_000, 123_456_789, 28_800), new Neo4jZonedDateTime(1_700_000_000, 5, "Asia/Hong_Kong"),
            new Neo4jLocalDateTime(1_700_000_000, 9), new Neo4jDuration(14, 16, 12, 1), new Neo4jPoint2D(4326, 108.32, 22.82),
            new Neo4jPoint3D(4979, 113.26, 23.13, 21.0),
        ];
    }

    [Theory]
    [MemberData(nameof(Versions))]
    public async Task EveryValueType_RoundTrips(string version, int major, int minor)
    {
        var bolt5 = major == 5;
        var values = AllValues(bolt5);
        await using var server = new FakeBoltServer(Array.Empty<string>());
        var script = BoltScript.Parse(bolt5 ? Scripts.Connect54 : $$"""
            !: BOLT {{version}}
            C: HELLO {"user_agent": *, "scheme": "basic", "principal": "neo4j", "credentials": "secret", "patch_bolt": ["utc"]}
            S: SUCCESS {}
            """);
        foreach (var value in values)
        {
            var parameters = new Dictionary<string, object?> { ["v"] = value };
            script.Add(new ScriptStep.ClientSends(MessageSignature.Run, "RUN", ["RETURN $v AS v", parameters, new Dictionary<string, object?>()]));
            script.AddRange(BoltScript.Parse("""
                C: PULL {"n": 1000}
                S: SUCCESS {"fields": ["v"]}
                """));
            script.Add(new ScriptStep.ServerSends(MessageSignature.Record, "RECORD", [new List<object?> { value }]));
            script.AddRange(BoltScript.Parse("S: SUCCESS {}"));
        }

        server.Load(script);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession();
            foreach (var value in values)
            {
                var record = Assert.Single(await (await session.RunAsync("RETURN $v AS v", new Dictionary<string, object?> { ["v"] = value })).ToListAsync());
                Assert.True(ValueMatcher.Matches(value, record["v"]), $"{ValueMatcher.Render(value)} came back as {ValueMatcher.Render(record["v"])}");
            }
        }

        await server.AssertCompletedAsync();
        Assert.Equal([$"{major}.{minor}"], server.NegotiatedVersions);
    }

    [Fact]
    public void ClrTemporalTypes_ConvertBothWays()
    {
        var date = new DateOnly(2024, 2, 29);
        var offset = new DateTimeOffset(2024, 2, 29, 8, 30, 0, TimeSpan.FromHours(8));
        Assert.Equal(date, Neo4jDate.FromDateOnly(date).ToDateOnly());
        Assert.Equal(offset, Neo4jDateTime.FromDateTimeOffset(offset).ToDateTimeOffset());
        Assert.Equal(offset.Offset, Neo4jDateTime.FromDateTimeOffset(offset).ToDateTimeOffset().Offset);
        Assert.Equal(new TimeOnly(13, 5, 7), Neo4jLocalTime.FromTimeOnly(new TimeOnly(13, 5, 7)).ToTimeOnly());
        var local = new DateTime(1969, 7, 20, 20, 17, 40, DateTimeKind.Unspecified);
        Assert.Equal(local, Neo4jLocalDateTime.FromDateTime(local).ToDateTime());
    }
}
