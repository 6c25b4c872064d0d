using CooperationGraph.Neo4j.Bolt;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>The results the scenario server returns, by query text: the same for every client.</summary>
internal static class ScenarioResults
{
    public static (string[] Fields, object?[][] Rows) For(string query, Dictionary<string, object?> parameters, BoltProtocolVersion version) => query switch
    {
        "RETURN 1 AS n" or "CREATE (n) RETURN 1 AS n" => (["n"], [[1L]]),
        "CREATE (n)" => ([], []),
        "UNWIND range(1, 5) AS i RETURN i" => (["i"], [.. Enumerable.Range(1, 5).Select(i => new object?[] { (long)i })]),
        "RETURN $p AS p" => (["p"], [[parameters.GetValueOrDefault("p")]]),
        "RETURN values" => (["graph", "temporal", "spatial", "text"], [[Graph(version), Temporal(), Spatial(), LongText]]),
        _ => throw new InvalidOperationException($"The scenario server has no result for '{query}'."),
    };

    /// <summary>More than 64 KB once encoded (three bytes a character), so the record spans several chunks.</summary>
    private static string LongText { get; } = string.Concat(Enumerable.Repeat("广西与粤港澳大湾区科技合作", 6000));

    private static List<object?> Graph(BoltProtocolVersion version)
    {
        string Element(string kind, long id) => version.Major >= 5 ? $"4:graph:{kind}{id}" : id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var props = new Dictionary<string, object?> { ["name"] = "广西大学", ["since"] = 2019L };
        var a = new Neo4jNode(1, ["Entity", "Organisation"], props, Element("n", 1));
        var b = new Neo4jNode(2, ["Entity"], new Dictionary<string, object?>(), Element("n", 2));
        var c = new Neo4jNode(3, [], new Dictionary<string, object?> { ["list"] = new List<object?> { 1L, "x" } }, Element("n", 3));
        var rel = new Neo4jRelationship(10, 1, 2, "CO_BUILDS", new Dictionary<string, object?> { ["role"] = "builder" }, Element("r", 10), a.ElementId, b.ElementId);
        var path = new Neo4jPath([a, b, c],
            [new Neo4jUnboundRelationship(10, "CO_BUILDS", new Dictionary<string, object?>(), Element("r", 10)),
             new Neo4jUnboundRelationship(11, "FUNDS", new Dictionary<string, object?> { ["amount"] = 1.5 }, Element("r", 11))],
            [1, 1, -2, 2]);
        return [a, rel, path];
    }

    // Around Europe/Berlin's daylight-saving changes of 2024: 31 March 01:00 UTC (+01:00 → +02:00) and 27 October
    // 01:00 UTC (+02:00 → +01:00, when 02:00–03:00 local happens twice).
    private static List<object?> Temporal()
    {
        static long Utc(int month, int day, int hour, int minute) =>
            new DateTimeOffset(2024, month, day, hour, minute, 0, TimeSpan.Zero).ToUnixTimeSeconds();
        return
        [
            new Neo4jDate(19813),
            new Neo4jTime(45_296_789_000_001, 7200),
            new Neo4jLocalTime(3_723_000_000_004),
            new Neo4jLocalDateTime(Utc(10, 27, 2, 30), 999),
            new Neo4jDateTime(Utc(3, 31, 0, 30), 5, 3600),
            new Neo4jZonedDateTime(Utc(3, 31, 0, 30), 0, "Europe/Berlin"),
            new Neo4jZonedDateTime(Utc(3, 31, 1, 30), 0, "Europe/Berlin"),
            new Neo4jZonedDateTime(Utc(10, 27, 0, 30), 0, "Europe/Berlin"),
            new Neo4jZonedDateTime(Utc(10, 27, 1, 30), 0, "Europe/Berlin"),
            new Neo4jZonedDateTime(Utc(7, 1, 4, 0), 123_456_789, "Asia/Shanghai"),
            new Neo4jDuration(14, 3, 14706, 7),
        ];
    }

    private static List<object?> Spatial() =>
        [new Neo4jPoint2D(4326, 108.3, 22.8), new Neo4jPoint2D(7203, -1.0, 0.5), new Neo4jPoint3D(4979, 113.26, 23.13, 21.0), new Neo4jPoint3D(9157, 1.0, 2.0, 3.0)];
}
