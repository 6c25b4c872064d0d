namespace CooperationGraph.Neo4j.Tests.PackStream;

/// <summary>PackStream integers: the smallest marker at each boundary, big-endian (spec: "Integer").</summary>
public sealed class IntegerEncodingTests
{
    [Theory]
    [InlineData(0L, "00")]
    [InlineData(1L, "01")]
    [InlineData(127L, "7F")]
    [InlineData(-1L, "FF")]
    [InlineData(-16L, "F0")]
    [InlineData(-17L, "C8 EF")]
    [InlineData(-128L, "C8 80")]
    [InlineData(128L, "C9 00 80")]
    [InlineData(-129L, "C9 FF 7F")]
    [InlineData(32767L, "C9 7F FF")]
    [InlineData(-32768L, "C9 80 00")]
    [InlineData(32768L, "CA 00 00 80 00")]
    [InlineData(-32769L, "CA FF FF 7F FF")]
    [InlineData(2147483647L, "CA 7F FF FF FF")]
    [InlineData(-2147483648L, "CA 80 00 00 00")]
    [InlineData(2147483648L, "CB 00 00 00 00 80 00 00 00")]
    [InlineData(-2147483649L, "CB FF FF FF FF 7F FF FF FF")]
    [InlineData(long.MaxValue, "CB 7F FF FF FF FF FF FF FF")]
    [InlineData(long.MinValue, "CB 80 00 00 00 00 00 00 00")]
    public void Integer_UsesSmallestEncoding_AndDecodesBack(long value, string hex)
    {
        Assert.Equal(Pack.Bytes(hex), Pack.Hex(value));
        Assert.Equal(value, Pack.Unpack(hex));
    }

    [Theory]
    [InlineData("C8 01", 1L)]
    [InlineData("C9 00 01", 1L)]
    [InlineData("CA 00 00 00 01", 1L)]
    [InlineData("CB 00 00 00 00 00 00 00 01", 1L)]
    public void Integer_DecodesNonMinimalEncodings(string hex, long expected) => Assert.Equal(expected, Pack.Unpack(hex));

    [Fact]
    public void SmallerClrIntegers_EncodeAsPackStreamIntegers()
    {
        Assert.Equal(Pack.Bytes("C9 00 80"), Pack.Hex((short)128));
        Assert.Equal(Pack.Bytes("C8 80"), Pack.Hex((sbyte)-128));
        Assert.Equal(Pack.Bytes("C9 00 FF"), Pack.Hex((byte)255));
        Assert.Equal(Pack.Bytes("CA 80 00 00 00"), Pack.Hex(int.MinValue));
        Assert.Equal(Pack.Bytes("CB 00 00 00 00 FF FF FF FF"), Pack.Hex(uint.MaxValue));
    }

    [Fact]
    public void UnsignedAboveInt64_IsRefusedWithClearError()
    {
        var error = Assert.Throws<Neo4jClientException>(() => Pack.Hex(ulong.MaxValue));
        Assert.Contains("System.UInt64", error.Message, StringComparison.Ordinal);
    }
}
