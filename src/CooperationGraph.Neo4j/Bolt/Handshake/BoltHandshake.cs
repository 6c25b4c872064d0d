using System.Buffers.Binary;

namespace CooperationGraph.Neo4j.Bolt.Handshake;

/// <summary>
/// The client side of the Bolt handshake: the magic preamble, four version slots, and either a direct
/// answer (one version) or, from servers speaking Bolt 5.7+, the manifest v1 exchange in which the server
/// lists its version ranges and capabilities and the client confirms its choice.
/// </summary>
internal static class BoltHandshake
{
    /// <summary><c>60 60 B0 17</c>, identifying Bolt on the wire.</summary>
    public static ReadOnlySpan<byte> Magic => [0x60, 0x60, 0xB0, 0x17];

    /// <summary>Slot 1 asks for manifest v1 (it reads as version 255.1); older servers skip it.</summary>
    public static readonly VersionRange ManifestV1 = new(0xFF, 0x01, 0);

    /// <summary>The slots offered after the manifest: 5.8 down to 5.0, then 4.4.</summary>
    public static readonly VersionRange[] Offered = [new(5, 8, 8), new(4, 4, 0)];

    private const uint HttpReply = 0x48545450;

    /// <summary>The 20 bytes the client sends first.</summary>
    public static byte[] Preamble()
    {
        var bytes = new byte[20];
        Magic.CopyTo(bytes);
        ManifestV1.Write(bytes.AsSpan(4));
        Offered[0].Write(bytes.AsSpan(8));
        Offered[1].Write(bytes.AsSpan(12));
        return bytes;
    }

    public static async Task<BoltProtocolVersion> NegotiateAsync(Stream stream, CancellationToken cancellationToken)
    {
        await stream.WriteAsync(Preamble(), cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        var reply = new byte[4];
        await stream.ReadExactlyAsync(reply, cancellationToken).ConfigureAwait(false);
        var raw = BinaryPrimitives.ReadUInt32BigEndian(reply);
        if (raw == 0)
        {
            throw new Neo4jProtocolException("Bolt handshake: the server supports none of the offered versions (5.0-5.8, 4.4).");
        }

        if (raw == HttpReply)
        {
            throw new Neo4jProtocolException("Bolt handshake: the server answered with HTTP; the URI probably names the HTTP port, not the Bolt port.");
        }

        var chosen = VersionRange.Read(reply);
        if (chosen == ManifestV1)
        {
            return await NegotiateManifestAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        var version = new BoltProtocolVersion(chosen.Major, chosen.Minor);
        return version.IsSupported && chosen.Range == 0
            ? version
            : throw new Neo4jProtocolException($"Bolt handshake: the server chose {version}, which was not offered.");
    }

    private static async Task<BoltProtocolVersion> NegotiateManifestAsync(Stream stream, CancellationToken cancellationToken)
    {
        var count = await Varint.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        if (count > 256)
        {
            throw new Neo4jProtocolException($"Bolt handshake: the manifest lists {count} version ranges; refusing more than 256.");
        }

        BoltProtocolVersion? best = null;
        var slot = new byte[4];
        for (ulong i = 0; i < count; i++)
        {
            await stream.ReadExactlyAsync(slot, cancellationToken).ConfigureAwait(false);
            foreach (var version in VersionRange.Read(slot).Versions())
            {
                if (version.IsSupported && (best is null || version > best.Value))
                {
                    best = version;
                }
            }
        }

        // The server's capability bits: this client asks for none of them.
        _ = await Varint.ReadAsync(stream, cancellationToken).ConfigureAwait(false);
        var answer = new byte[5];
        if (best is { } agreed)
        {
            new VersionRange(agreed.Major, agreed.Minor, 0).Write(answer);
        }

        answer[4] = 0;
        await stream.WriteAsync(answer, cancellationToken).ConfigureAwait(false);
        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        return best ?? throw new Neo4jProtocolException("Bolt handshake: the server's manifest lists no version this client speaks (5.0-5.8, 4.4).");
    }
}
