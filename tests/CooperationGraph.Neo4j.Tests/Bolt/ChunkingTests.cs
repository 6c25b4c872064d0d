using CooperationGraph.Neo4j.Bolt.Chunking;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.Bolt;

/// <summary>Chunked framing: 2-byte sizes, at most 65,535 bytes a chunk, <c>00 00</c> ends a message, lone end markers are NOOPs.</summary>
public sealed class ChunkingTests
{
    [Fact]
    public void SmallMessage_OneChunkThenEndMarker()
    {
        using var output = new PooledByteBuffer();
        ChunkWriter.WriteMessage(output, Convert.FromHexString("B1010102"));
        Assert.Equal("0004" + "B1010102" + "0000", Convert.ToHexString(output.WrittenSpan));
    }

    [Fact]
    public void LargeMessage_SplitsAt65535()
    {
        using var output = new PooledByteBuffer();
        var message = Enumerable.Range(0, 65536).Select(i => (byte)i).ToArray();
        ChunkWriter.WriteMessage(output, message);
        var bytes = output.WrittenSpan.ToArray();
        Assert.Equal(2 + 65535 + 2 + 1 + 2, bytes.Length);
        Assert.Equal("FFFF", Convert.ToHexString(bytes, 0, 2));
        Assert.Equal("0001", Convert.ToHexString(bytes, 2 + 65535, 2));
        Assert.Equal(0xFF, bytes[2 + 65535 + 2]);
        Assert.Equal("0000", Convert.ToHexString(bytes, bytes.Length - 2, 2));
    }

    [Fact]
    public async Task Reader_ReassemblesChunks_AndSkipsNoops()
    {
        // NOOP, a message in two chunks, NOOP, a one-chunk message.
        var wire = Convert.FromHexString("0000" + "0002B101" + "00010F" + "0000" + "0000" + "0001B0" + "0000");
        var reader = new ChunkReader(new MemoryStream(wire), bufferSize: 3);
        using var message = new PooledByteBuffer();
        await reader.ReadMessageAsync(message, CancellationToken.None);
        Assert.Equal("B1010F", Convert.ToHexString(message.WrittenSpan));
        await reader.ReadMessageAsync(message, CancellationToken.None);
        Assert.Equal("B0", Convert.ToHexString(message.WrittenSpan));
        await Assert.ThrowsAsync<EndOfStreamException>(() => reader.ReadMessageAsync(message, CancellationToken.None).AsTask());
    }

    [Fact]
    public async Task Reader_RoundTripsLargeMessage()
    {
        using var output = new PooledByteBuffer();
        var original = new byte[200_000];
        new Random(7).NextBytes(original);
        ChunkWriter.WriteMessage(output, original);
        var reader = new ChunkReader(new MemoryStream(output.WrittenSpan.ToArray()));
        using var message = new PooledByteBuffer();
        await reader.ReadMessageAsync(message, CancellationToken.None);
        Assert.True(original.AsSpan().SequenceEqual(message.WrittenSpan));
    }
}
