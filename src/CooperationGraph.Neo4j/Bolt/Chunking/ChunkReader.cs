using System.Buffers.Binary;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Bolt.Chunking;

/// <summary>
/// Reassembles messages from chunks. A <c>00 00</c> before any chunk of a message is a NOOP and is skipped.
/// Reads through its own buffer so small chunks do not cost a socket read each.
/// </summary>
internal sealed class ChunkReader(Stream stream, int bufferSize = 16 * 1024)
{
    private readonly byte[] _buffer = new byte[bufferSize];
    private int _start;
    private int _end;

    /// <summary>Reads one whole message into <paramref name="message"/> (cleared first).</summary>
    public async ValueTask ReadMessageAsync(PooledByteBuffer message, CancellationToken cancellationToken)
    {
        message.Clear();
        while (true)
        {
            await FillAsync(2, cancellationToken).ConfigureAwait(false);
            var size = BinaryPrimitives.ReadUInt16BigEndian(_buffer.AsSpan(_start, 2));
            _start += 2;
            if (size == 0)
            {
                if (message.Length > 0)
                {
                    return;
                }

                continue;
            }

            while (size > 0)
            {
                await FillAsync(1, cancellationToken).ConfigureAwait(false);
                var take = Math.Min(size, _end - _start);
                _buffer.AsSpan(_start, take).CopyTo(message.GetSpan(take));
                message.Advance(take);
                _start += take;
                size -= (ushort)take;
            }
        }
    }

    private async ValueTask FillAsync(int needed, CancellationToken cancellationToken)
    {
        if (_end - _start >= needed)
        {
            return;
        }

        if (_start > 0)
        {
            _buffer.AsSpan(_start, _end - _start).CopyTo(_buffer);
            _end -= _start;
            _start = 0;
        }

        while (_end < needed)
        {
            var read = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                throw new EndOfStreamException("The server closed the connection.");
            }

            _end += read;
        }
    }
}
