using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Handshake;

namespace CooperationGraph.Neo4j.Tests.Bolt;

/// <summary>The handshake preamble and its range encoding, byte for byte.</summary>
public sealed class HandshakeBytesTests
{
    [Fact]
    public void Preamble_IsMagicThenManifestThenRanges()
    {
        // 60 60 B0 17 | manifest v1 | 5.8 down 8 minors (5.0) | 4.4 | empty slot
        Assert.Equal("6060B017" + "000001FF" + "00080805" + "00000404" + "00000000", Convert.ToHexString(BoltHandshake.Preamble()));
    }

    [Fact]
    public void VersionRange_CoversMinorsDownward()
    {
        var range = VersionRange.Read([0x00, 0x02, 0x04, 0x05]);
        Assert.Equal(new VersionRange(5, 4, 2), range);
        Assert.Equal(["5.4", "5.3", "5.2"], range.Versions().Select(v => v.ToString()));
        Assert.True(range.Contains(new BoltProtocolVersion(5, 2)));
        Assert.False(range.Contains(new BoltProtocolVersion(5, 1)));
        Assert.False(range.Contains(new BoltProtocolVersion(4, 4)));
    }

    [Theory]
    [InlineData(0UL, "00")]
    [InlineData(1UL, "01")]
    [InlineData(127UL, "7F")]
    [InlineData(128UL, "8001")]
    [InlineData(300UL, "AC02")]
    [InlineData(16384UL, "808001")]
    public async Task Varint_Leb128(ulong value, string hex)
    {
        var buffer = new byte[10];
        var length = Varint.Write(buffer, value);
        Assert.Equal(hex, Convert.ToHexString(buffer, 0, length));
        Assert.Equal(value, await Varint.ReadAsync(new MemoryStream(buffer, 0, length), CancellationToken.None));
    }

    [Theory]
    [InlineData(4, 4, true)]
    [InlineData(4, 3, false)]
    [InlineData(5, 0, true)]
    [InlineData(5, 8, true)]
    [InlineData(5, 9, false)]
    [InlineData(6, 0, false)]
    public void SupportedVersions(int major, int minor, bool supported) =>
        Assert.Equal(supported, new BoltProtocolVersion(major, minor).IsSupported);
}
