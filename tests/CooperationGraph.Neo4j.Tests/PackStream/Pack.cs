using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Encodes and decodes single values for byte-level assertions.</summary>
internal static class Pack
{
    public static string Hex(object? value, PackStreamDialect? dialect = null)
    {
        using var buffer = new PooledByteBuffer(16);
        new PackStreamWriter(buffer, dialect ?? PackStreamDialect.Bolt5).WriteValue(value);
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    public static object? Unpack(string hex, PackStreamDialect? dialect = null)
    {
        var bytes = Convert.FromHexString(hex.Replace(" ", "", StringComparison.Ordinal));
        var reader = new PackStreamReader(bytes, dialect ?? PackStreamDialect.Bolt5);
        var value = reader.ReadValue();
        Assert.True(reader.AtEnd, "the decoder left bytes unread");
        return value;
    }

    public static string Bytes(string spacedHex) => spacedHex.Replace(" ", "", StringComparison.Ordinal);
}
