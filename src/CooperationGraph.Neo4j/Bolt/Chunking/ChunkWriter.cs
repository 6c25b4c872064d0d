using System.Buffers.Binary;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Chunking;

/// <summary>Frames a serialized message as chunks of at most 65,535 bytes, each with a 2-byte size, ended by <c>00 00</c>.</summary>
internal static class ChunkWriter
{
    public const int MaxChunkSize = ushort.MaxValue;

    public static void WriteMessage(PooledByteBuffer output, ReadOnlySpan<byte> message)
    {
        while (!message.IsEmpty)
        {
            var size = Math.Min(message.Length, MaxChunkSize);
            var span = output.GetSpan(size + 2);
            BinaryPrimitives.WriteUInt16BigEndian(span, (ushort)size);
            message[..size].CopyTo(span[2..]);
            output.Advance(size + 2);
            message = message[size..];
        }

        WriteEndMarker(output);
    }

    /// <summary>A lone end marker is a NOOP: keep-alive traffic the receiver ignores.</summary>
    public static void WriteEndMarker(PooledByteBuffer output)
    {
        output.GetSpan(2).Clear();
        output.Advance(2);
    }
}
