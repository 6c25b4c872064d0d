namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>Null, booleans, floats, strings and byte arrays, with the spec's example encodings.</summary>
public sealed class ScalarEncodingTests
{
    [Fact]
    public void NullAndBooleans()
    {
        Assert.Equal("C0", Pack.Hex(null));
        Assert.Equal("C3", Pack.Hex(true));
        Assert.Equal("C2", Pack.Hex(false));
        Assert.Null(Pack.Unpack("C0"));
        Assert.Equal(true, Pack.Unpack("C3"));
        Assert.Equal(false, Pack.Unpack("C2"));
    }

    [Theory]
    [InlineData(1.23, "C1 3F F3 AE 14 7A E1 47 AE")]
    [InlineData(-1.5, "C1 BF F8 00 00 00 00 00 00")]
    [InlineData(0.0, "C1 00 00 00 00 00 00 00 00")]
    [InlineData(double.PositiveInfinity, "C1 7F F0 00 00 00 00 00 00")]
    public void Float_IsIeee754BigEndian(double value, string hex)
    {
        Assert.Equal(Pack.Bytes(hex), Pack.Hex(value));
        Assert.Equal(value, Pack.Unpack(hex));
    }

    [Fact]
    public void Float_NaNRoundTrips() => Assert.True(double.IsNaN((double)Pack.Unpack(Pack.Hex(double.NaN))!));

    [Theory]
    [InlineData("", "80")]
    [InlineData("A", "81 41")]
    [InlineData("ABCDEFGHIJKLMNO", "8F 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F")]
    [InlineData("ABCDEFGHIJKLMNOP", "D0 10 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F 50")]
    [InlineData("Größenmaßstäbe", "D0 12 47 72 C3 B6 C3 9F 65 6E 6D 61 C3 9F 73 74 C3 A4 62 65")]
    [InlineData("广西", "86 E5 B9 BF E8 A5 BF")]
    public void String_SizeCountsUtf8Bytes(string value, string hex)
    {
        Assert.Equal(Pack.Bytes(hex), Pack.Hex(value));
        Assert.Equal(value, Pack.Unpack(hex));
    }

    [Theory]
    [InlineData(255, "D0FF")]
    [InlineData(256, "D10100")]
    [InlineData(65535, "D1FFFF")]
    [InlineData(65536, "D200010000")]
    public void String_HeaderAtSizeBoundaries(int length, string header)
    {
        var text = new string('x', length);
        var hex = Pack.Hex(text);
        Assert.StartsWith(header, hex, StringComparison.Ordinal);
        Assert.Equal(header.Length + (length * 2), hex.Length);
        Assert.Equal(text, Pack.Unpack(hex));
    }

    [Fact]
    public void Bytes_AlwaysUseSizedMarker()
    {
        Assert.Equal("CC00", Pack.Hex(Array.Empty<byte>()));
        Assert.Equal("CC03010203", Pack.Hex(new byte[] { 1, 2, 3 }));
        Assert.Equal(new byte[] { 1, 2, 3 }, Pack.Unpack("CC 03 01 02 03"));
        var big = new byte[256];
        Assert.StartsWith("CD0100", Pack.Hex(big), StringComparison.Ordinal);
        Assert.StartsWith("CE00010000", Pack.Hex(new byte[65536]), StringComparison.Ordinal);
    }
}
