using System.Buffers;

namespace CooperationGraph.Neo4j.PackStream;

/// <summary>A growable byte buffer rented from <see cref="ArrayPool{T}"/>; reused across messages to avoid garbage.</summary>
internal sealed class PooledByteBuffer : IDisposable
{
    private byte[] _array;

    public PooledByteBuffer(int initialCapacity = 4096) => _array = ArrayPool<byte>.Shared.Rent(initialCapacity);

    /// <summary>Bytes written so far.</summary>
    public int Length { get; private set; }

    public ReadOnlySpan<byte> WrittenSpan => _array.AsSpan(0, Length);

    public ReadOnlyMemory<byte> WrittenMemory => _array.AsMemory(0, Length);

    /// <summary>Returns a span of at least <paramref name="size"/> bytes at the write position.</summary>
    public Span<byte> GetSpan(int size)
    {
        if (Length + size > _array.Length)
        {
            Grow(Length + size);
        }

        return _array.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Clear() => Length = 0;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_array);
        _array = [];
        Length = 0;
    }

    private void Grow(int required)
    {
        var next = ArrayPool<byte>.Shared.Rent(Math.Max(required, _array.Length * 2));
        _array.AsSpan(0, Length).CopyTo(next);
        ArrayPool<byte>.Shared.Return(_array);
        _array = next;
    }
}
