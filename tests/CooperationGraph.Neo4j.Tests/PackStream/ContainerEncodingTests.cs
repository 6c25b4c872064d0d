namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Lists and dictionaries: tiny markers up to 15 entries, then 8/16/32-bit sizes.</summary>
public sealed class ContainerEncodingTests
{
    [Fact]
    public void List_Examples()
    {
        Assert.Equal("90", Pack.Hex(Array.Empty<object>()));
        Assert.Equal("93010203", Pack.Hex(new long[] { 1, 2, 3 }));
        var sixteen = Enumerable.Range(1, 16).Select(i => (long)i).ToList();
        Assert.Equal("D410" + string.Concat(sixteen.Select(i => i.ToString("X2", System.Globalization.CultureInfo.InvariantCulture))), Pack.Hex(sixteen));
        Assert.Equal(sixteen.Cast<object?>().ToList(), Pack.Unpack(Pack.Hex(sixteen)));
    }

    [Fact]
    public void List_MixedValuesDecodeToObjects()
    {
        var decoded = Assert.IsType<List<object?>>(Pack.Unpack("94 01 C1 3F F8 00 00 00 00 00 00 81 61 C0"));
        Assert.Equal(new object?[] { 1L, 1.5, "a", null }, decoded);
    }

    [Theory]
    [InlineData(255, "D4FF")]
    [InlineData(256, "D50100")]
    [InlineData(65536, "D600010000")]
    public void List_HeaderAtSizeBoundaries(int count, string header)
    {
        var list = Enumerable.Repeat<object?>(null, count).ToList();
        var hex = Pack.Hex(list);
        Assert.StartsWith(header, hex, StringComparison.Ordinal);
        Assert.Equal(count, ((List<object?>)Pack.Unpack(hex)!).Count);
    }

    [Fact]
    public void Map_Example()
    {
        var map = new Dictionary<string, object?> { ["one"] = "eins" };
        Assert.Equal(Pack.Bytes("A1 83 6F 6E 65 84 65 69 6E 73"), Pack.Hex(map));
        var decoded = Assert.IsType<Dictionary<string, object?>>(Pack.Unpack("A1 83 6F 6E 65 84 65 69 6E 73"));
        Assert.Equal("eins", decoded["one"]);
        Assert.Equal("A0", Pack.Hex(new Dictionary<string, object?>()));
    }

    [Fact]
    public void Map_SixteenEntriesUse8BitSize()
    {
        var map = Enumerable.Range(0, 16).ToDictionary(i => ((char)('a' + i)).ToString(), i => (object?)(long)i);
        Assert.StartsWith("D810", Pack.Hex(map), StringComparison.Ordinal);
        Assert.Equal(16, ((Dictionary<string, object?>)Pack.Unpack(Pack.Hex(map))!).Count);
    }

    [Fact]
    public void Map_RepeatedKeyKeepsLastValue()
    {
        var decoded = (Dictionary<string, object?>)Pack.Unpack("A2 81 61 01 81 61 02")!;
        Assert.Single(decoded);
        Assert.Equal(2L, decoded["a"]);
    }

    [Fact]
    public void Map_WithNonStringKeys_IsRefused()
    {
        var error = Assert.Throws<Neo4jClientException>(() => Pack.Hex(new Dictionary<int, object> { [1] = "x" }));
        Assert.Contains("keys", error.Message, StringComparison.Ordinal);
    }
}
