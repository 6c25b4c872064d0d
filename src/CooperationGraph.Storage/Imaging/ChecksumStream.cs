using System.IO.Hashing;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Passes bytes through to another stream while hashing them (XXH3, 64 bits). When reading, it stops at a limit so
/// the checksum trailer after the body is neither hashed nor parsed. It does not own the inner stream.
/// </summary>
internal sealed class ChecksumStream(Stream inner, long readLimit = 0) : Stream
{
    private readonly XxHash3 _hash = new();
    private long _remaining = readLimit;

    public ulong Checksum => _hash.GetCurrentHashAsUInt64();

    /// <summary>Whether every byte up to the read limit has been read.</summary>
    public bool ReadToLimit => _remaining == 0;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(Span<byte> buffer)
    {
        if (_remaining <= 0)
        {
            return 0;
        }

        var read = inner.Read(buffer[..(int)Math.Min(buffer.Length, _remaining)]);
        _hash.Append(buffer[..read]);
        _remaining -= read;
        return read;
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        _hash.Append(buffer);
        inner.Write(buffer);
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Flush() => inner.Flush();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
