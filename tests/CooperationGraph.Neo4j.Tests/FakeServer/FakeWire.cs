using CooperationGraph.Neo4j.Bolt.Chunking;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.FakeServer;

/// <summary>The fake server's side of the wire: dechunk and decode client messages, encode and chunk replies.</summary>
internal static class FakeWire
{
    public static async Task<(string Name, IReadOnlyList<object?> Fields)> ReadClientMessageAsync(ChunkReader reader, PooledByteBuffer incoming, PackStreamDialect dialect)
    {
        await reader.ReadMessageAsync(incoming, CancellationToken.None);
        return Decode(incoming.WrittenSpan, dialect);
    }

    private static (string Name, IReadOnlyList<object?> Fields) Decode(ReadOnlySpan<byte> bytes, PackStreamDialect dialect)
    {
        var packReader = new PackStreamReader(bytes, dialect);
        var count = packReader.ReadStructHeader(out var signature);
        var fields = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(packReader.ReadValue());
        }

        return (MessageSignature.NameOf(signature), fields);
    }

    public static async Task SendAsync(Stream stream, byte signature, IReadOnlyList<object?> fields, PackStreamDialect dialect)
    {
        using var message = new PooledByteBuffer();
        using var framed = new PooledByteBuffer();
        var writer = new PackStreamWriter(message, dialect);
        writer.WriteStructHeader(fields.Count, signature);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }

        ChunkWriter.WriteMessage(framed, message.WrittenSpan);
        await stream.WriteAsync(framed.WrittenMemory);
    }
}
