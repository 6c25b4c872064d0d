using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// The canonical text of a value our client returned, written to match <c>canon</c> in tests/js/bolt/scenario.mjs
/// for the official driver: integers and floats by exact value, strings by length and hash, temporal values by their
/// local fields, offset and zone (our client keeps instants; the local fields follow from the zone's rules).
/// </summary>
internal static class CanonicalValue
{
    public static string Of(object? value) => value switch
    {
        null => "null",
        bool b => b ? "true" : "false",
        long l => $"int:{l.ToString(CultureInfo.InvariantCulture)}",
        double d => $"float:{FloatBits(d)}",
        string s => $"str:{s.Length}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(s)))[..16]}",
        byte[] bytes => $"bytes:{Convert.ToHexStringLower(bytes)}",
        IReadOnlyDictionary<string, object?> map => $"{{{string.Join(',', map.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Of(p.Value)}"))}}}",
        Neo4jNode node => Node(node),
        Neo4jRelationship rel => Relationship(rel),
        Neo4jPath path => Path(path),
        Neo4jDate date => $"Date({date.ToDateOnly():yyyy-MM-dd})",
        Neo4jLocalTime time => $"LocalTime({time.NanosecondOfDay})",
        Neo4jTime time => $"Time({time.NanosecondOfDay},{time.OffsetSeconds})",
        Neo4jLocalDateTime local => $"LocalDateTime({Local(local.EpochSeconds, local.Nanoseconds)})",
        Neo4jDateTime dateTime => $"DateTime({Local(dateTime.EpochSecondsUtc + dateTime.OffsetSeconds, dateTime.Nanoseconds)},offset={dateTime.OffsetSeconds},zone=null)",
        Neo4jZonedDateTime zoned => Zoned(zoned),
        Neo4jDuration d => $"Duration({d.Months},{d.Days},{d.Seconds},{d.Nanoseconds})",
        Neo4jPoint2D p => $"Point({p.Srid},{FloatBits(p.X)},{FloatBits(p.Y)})",
        Neo4jPoint3D p => $"Point({p.Srid},{FloatBits(p.X)},{FloatBits(p.Y)},{FloatBits(p.Z)})",
        System.Collections.IEnumerable list => $"[{string.Join(',', list.Cast<object?>().Select(Of))}]",
        _ => throw new InvalidOperationException($"No canonical form for {value.GetType()}."),
    };

    private static string FloatBits(double value)
    {
        var bytes = new byte[8];
        BinaryPrimitives.WriteDoubleBigEndian(bytes, value);
        return Convert.ToHexStringLower(bytes);
    }

    private static string Local(long epochSeconds, int nanoseconds) =>
        DateTimeOffset.FromUnixTimeSeconds(epochSeconds).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + $".{nanoseconds:D9}";

    private static string Zoned(Neo4jZonedDateTime zoned)
    {
        var offset = (long)TimeZoneInfo.FindSystemTimeZoneById(zoned.ZoneId).GetUtcOffset(DateTimeOffset.FromUnixTimeSeconds(zoned.EpochSecondsUtc)).TotalSeconds;
        return $"DateTime({Local(zoned.EpochSecondsUtc + offset, zoned.Nanoseconds)},offset={offset},zone={zoned.ZoneId})";
    }

    private static string Node(Neo4jNode n) => $"Node({n.Id},{Of(n.Labels)},{Of(n.Properties)},{n.ElementId})";

    private static string Relationship(Neo4jRelationship r) =>
        $"Rel({r.Id},{r.StartNodeId},{r.EndNodeId},{r.Type},{Of(r.Properties)},{r.ElementId},{r.StartNodeElementId},{r.EndNodeElementId})";

    // The official driver hands a path out as segments whose relationships carry their ends: walk the indices the same way.
    private static string Path(Neo4jPath path)
    {
        var text = new StringBuilder("Path(").Append(Node(path.Nodes[0]));
        var previous = path.Nodes[0];
        for (var i = 0; i + 1 < path.Indices.Count; i += 2)
        {
            var index = path.Indices[i];
            var unbound = path.Relationships[(int)Math.Abs(index) - 1];
            var next = path.Nodes[(int)path.Indices[i + 1]];
            var (start, end) = index > 0 ? (previous, next) : (next, previous);
            var rel = new Neo4jRelationship(unbound.Id, start.Id, end.Id, unbound.Type, unbound.Properties, unbound.ElementId, start.ElementId, end.ElementId);
            text.Append(';').Append(Relationship(rel)).Append(';').Append(Node(next));
            previous = next;
        }

        return text.Append(')').ToString();
    }
}
