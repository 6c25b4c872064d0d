using System.IO.Hashing;

namespace CooperationGraph.Storage.Imaging;

/// <summary>
/// Passes the bytes written through to another stream while hashing them (XXH3, 64 bits); the reader hashes the
/// body it read in one call. It does not own the inner stream.
/// </summary>
internal sealed class ChecksumStream(Stream inner) : Stream
{
    private readonly XxHash3 _hash = new();

    public ulong Checksum => _hash.GetCurrentHashAsUInt64();

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => inner.CanWrite;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

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
