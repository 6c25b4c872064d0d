namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Bad bytes give a <see cref="Neo4jProtocolException"/> that says what and where, never an index error.</summary>
public sealed class MalformedInputTests
{
    [Theory]
    [InlineData("E0", "unknown marker 0xE0")]
    [InlineData("D0 05 41", "needed 5 more byte(s)")]
    [InlineData("CB 00 00", "needed 8 more byte(s)")]
    [InlineData("B2 44 01 02", "has 2 fields; expected 1")]
    [InlineData("B1 5A 01", "unknown structure tag 0x5A")]
    [InlineData("A1 01 01", "expected a string")]
    [InlineData("B3 50 91 01 90 90", "path's nodes must be Node")]
    [InlineData("D2 FF FF FF FF", "exceeds what this client accepts")]
    [InlineData("", "needed 1 more byte(s)")]
    public void Malformed_RaisesProtocolError(string hex, string fragment)
    {
        var error = Assert.Throws<Neo4jProtocolException>(() => Pack.Unpack(hex));
        Assert.Contains(fragment, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DeepNesting_IsRefusedNotStackOverflow()
    {
        var hex = string.Concat(Enumerable.Repeat("91", 100_000)) + "C0";
        var error = Assert.Throws<Neo4jProtocolException>(() => Pack.Unpack(hex));
        Assert.Contains("deeper than 256", error.Message, StringComparison.Ordinal);
        var fine = string.Concat(Enumerable.Repeat("91", 200)) + "C0";
        Assert.IsType<List<object?>>(Pack.Unpack(fine));
    }

    [Fact]
    public void SelfContainingList_IsRefusedNotStackOverflow()
    {
        var list = new List<object?>();
        list.Add(list);
        var error = Assert.Throws<Neo4jClientException>(() => Pack.Hex(list));
        Assert.Contains("containing themselves", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedClrType_IsRefused()
    {
        var error = Assert.Throws<Neo4jClientException>(() => Pack.Hex(new Uri("http://example.org")));
        Assert.Contains("System.Uri", error.Message, StringComparison.Ordinal);
    }
}
