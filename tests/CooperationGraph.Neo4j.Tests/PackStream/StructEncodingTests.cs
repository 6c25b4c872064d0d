using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Structures: marker B0+fields, tag byte, then fields (Bolt "structure semantics" chapter).</summary>
public sealed class StructEncodingTests
{
    private static readonly Dictionary<string, object?> NoProperties = [];

    [Fact]
    public void Date_CountsDaysSinceEpoch()
    {
        Assert.Equal(Pack.Bytes("B1 44 01"), Pack.Hex(new Neo4jDate(1)));
        Assert.Equal(Pack.Bytes("B1 44 01"), Pack.Hex(new DateOnly(1970, 1, 2)));
        Assert.Equal(Pack.Bytes("B1 44 F0"), Pack.Hex(new DateOnly(1969, 12, 16)));
        Assert.Equal(new Neo4jDate(-16), Pack.Unpack("B1 44 F0"));
    }

    [Fact]
    public void Times()
    {
        // One hour is 3,600,000,000,000 ns = 0x0000_0346_30B8_A000.
        Assert.Equal(Pack.Bytes("B1 74 CB 00 00 03 46 30 B8 A0 00"), Pack.Hex(new TimeOnly(1, 0)));
        Assert.Equal(Pack.Bytes("B2 54 01 C9 0E 10"), Pack.Hex(new Neo4jTime(1, 3600)));
        Assert.Equal(new Neo4jTime(1, 3600), Pack.Unpack("B2 54 01 C9 0E 10"));
        Assert.Equal(new Neo4jLocalTime(3_600_000_000_000), Pack.Unpack("B1 74 CB 00 00 03 46 30 B8 A0 00"));
    }

    [Fact]
    public void LocalDateTime_SecondsAndNanos()
    {
        Assert.Equal(Pack.Bytes("B2 64 01 00"), Pack.Hex(new Neo4jLocalDateTime(1, 0)));
        Assert.Equal(Pack.Bytes("B2 64 01 C9 01 F4"), Pack.Hex(new DateTime(1970, 1, 1, 0, 0, 1, DateTimeKind.Unspecified).AddTicks(5)));
        Assert.Equal(new Neo4jLocalDateTime(-1, 999_999_900), Neo4jLocalDateTime.FromDateTime(DateTime.UnixEpoch.AddTicks(-1)));
    }

    [Fact]
    public void DateTime_Bolt5SendsUtcSeconds_Bolt44SendsLocalSeconds()
    {
        var value = new Neo4jDateTime(EpochSecondsUtc: 0, Nanoseconds: 0, OffsetSeconds: 3600);
        Assert.Equal(Pack.Bytes("B3 49 00 00 C9 0E 10"), Pack.Hex(value, PackStreamDialect.Bolt5));
        Assert.Equal(Pack.Bytes("B3 46 C9 0E 10 00 C9 0E 10"), Pack.Hex(value, PackStreamDialect.Legacy));
        Assert.Equal(value, Pack.Unpack("B3 49 00 00 C9 0E 10"));
        Assert.Equal(value, Pack.Unpack("B3 46 C9 0E 10 00 C9 0E 10", PackStreamDialect.Legacy));
        Assert.Equal(Pack.Bytes("B3 49 00 00 00"), Pack.Hex(DateTime.UnixEpoch));
    }

    [Fact]
    public void DateTimeZoneId_Bolt5SendsUtcSeconds_Bolt44ConvertsWithZoneRules()
    {
        var utc = new Neo4jZonedDateTime(0, 5, "UTC");
        Assert.Equal(Pack.Bytes("B3 69 00 05 83 55 54 43"), Pack.Hex(utc));
        var shanghai = new Neo4jZonedDateTime(0, 0, "Asia/Shanghai");
        // Shanghai was UTC+8 at the epoch: 28,800 local seconds.
        var legacy = Pack.Bytes("B3 66 C9 70 80 00 8D 41 73 69 61 2F 53 68 61 6E 67 68 61 69");
        Assert.Equal(legacy, Pack.Hex(shanghai, PackStreamDialect.Legacy));
        Assert.Equal(shanghai, Pack.Unpack(legacy, PackStreamDialect.Legacy));
    }

    [Fact]
    public void DateTimeZoneId_UnknownZoneOnLegacy_IsClearError()
    {
        var error = Assert.Throws<Neo4jClientException>(() => Pack.Hex(new Neo4jZonedDateTime(0, 0, "Mars/Olympus"), PackStreamDialect.Legacy));
        Assert.Contains("Mars/Olympus", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duration_FourFields()
    {
        Assert.Equal(Pack.Bytes("B4 45 0E 10 0C 00"), Pack.Hex(new Neo4jDuration(14, 16, 12, 0)));
        Assert.Equal(Pack.Bytes("B4 45 00 00 5A 00"), Pack.Hex(TimeSpan.FromMinutes(1.5)));
        Assert.Equal(new Neo4jDuration(14, 16, 12, 0), Pack.Unpack("B4 45 0E 10 0C 00"));
    }

    [Fact]
    public void Points()
    {
        var p2 = Pack.Bytes("B3 58 C9 10 E6 C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00");
        Assert.Equal(p2, Pack.Hex(new Neo4jPoint2D(4326, 1.0, 2.0)));
        Assert.Equal(new Neo4jPoint2D(4326, 1.0, 2.0), Pack.Unpack(p2));
        var p3 = Pack.Bytes("B4 59 C9 23 CD C1 3F F0 00 00 00 00 00 00 C1 40 00 00 00 00 00 00 00 C1 40 08 00 00 00 00 00 00");
        Assert.Equal(p3, Pack.Hex(new Neo4jPoint3D(9165, 1.0, 2.0, 3.0)));
        Assert.Equal(new Neo4jPoint3D(9165, 1.0, 2.0, 3.0), Pack.Unpack(p3));
    }

    [Fact]
    public void Node_Bolt5CarriesElementId_Bolt44DoesNot()
    {
        var node = new Neo4jNode(1, ["L"], NoProperties, "4:x:1");
        Assert.Equal(Pack.Bytes("B4 4E 01 91 81 4C A0 85 34 3A 78 3A 31"), Pack.Hex(node));
        Assert.Equal(Pack.Bytes("B3 4E 01 91 81 4C A0"), Pack.Hex(node, PackStreamDialect.Legacy));
        var legacy = Assert.IsType<Neo4jNode>(Pack.Unpack("B3 4E 01 91 81 4C A0", PackStreamDialect.Legacy));
        Assert.Equal("1", legacy.ElementId);
        Assert.Equal(["L"], legacy.Labels);
        var modern = Assert.IsType<Neo4jNode>(Pack.Unpack("B4 4E 01 91 81 4C A0 85 34 3A 78 3A 31"));
        Assert.Equal("4:x:1", modern.ElementId);
    }

    [Fact]
    public void Relationship_EightFieldsInBolt5()
    {
        var rel = new Neo4jRelationship(7, 1, 2, "T", new Dictionary<string, object?> { ["w"] = 1L }, "r7", "n1", "n2");
        var hex = Pack.Bytes("B8 52 07 01 02 81 54 A1 81 77 01 82 72 37 82 6E 31 82 6E 32");
        Assert.Equal(hex, Pack.Hex(rel));
        var decoded = Assert.IsType<Neo4jRelationship>(Pack.Unpack(hex));
        Assert.Equal(("r7", "n1", "n2", 1L), (decoded.ElementId, decoded.StartNodeElementId, decoded.EndNodeElementId, decoded.Properties["w"]));
        var legacy = Assert.IsType<Neo4jRelationship>(Pack.Unpack("B5 52 07 01 02 81 54 A0", PackStreamDialect.Legacy));
        Assert.Equal(("7", "1", "2"), (legacy.ElementId, legacy.StartNodeElementId, legacy.EndNodeElementId));
    }

    [Fact]
    public void Path_NodesUnboundRelationshipsAndIndices()
    {
        var hex = Pack.Bytes("B3 50 92 B4 4E 01 90 A0 81 61 B4 4E 02 90 A0 81 62 91 B4 72 09 81 54 A0 81 72 92 01 01");
        var path = Assert.IsType<Neo4jPath>(Pack.Unpack(hex));
        Assert.Equal(["a", "b"], path.Nodes.Select(n => n.ElementId));
        Assert.Equal("T", Assert.Single(path.Relationships).Type);
        Assert.Equal([1L, 1L], path.Indices);
        Assert.Equal(hex, Pack.Hex(path));
    }
}
