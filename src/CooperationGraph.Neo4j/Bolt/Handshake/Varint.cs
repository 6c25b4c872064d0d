namespace CooperationGraph.Neo4j.Bolt.Handshake;

/// <summary>
/// The manifest handshake's variable-length integers: seven bits per byte, least significant group first,
/// the high bit set on every byte but the last.
/// </summary>
internal static class Varint
{
    public static int Write(Span<byte> destination, ulong value)
    {
        var i = 0;
        while (value >= 0x80)
        {
            destination[i++] = (byte)(value | 0x80);
            value >>= 7;
        }

        destination[i++] = (byte)value;
        return i;
    }

    public static async ValueTask<ulong> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[1];
        ulong value = 0;
        for (var shift = 0; shift < 64; shift += 7)
        {
            await stream.ReadExactlyAsync(buffer, cancellationToken).ConfigureAwait(false);
            value |= (ulong)(buffer[0] & 0x7F) << shift;
            if ((buffer[0] & 0x80) == 0)
            {
                return value;
            }
        }

        throw new Neo4jProtocolException("Bolt handshake: a manifest varint is longer than 64 bits.");
    }
}
