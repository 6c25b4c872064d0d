using System.Buffers;

namespace CooperationGraph.Api.Fairness;

/// <summary>
/// Holds a serialized response in pooled chunks until it is complete, so the status is decided before the first
/// byte goes out, and refuses to grow past a bound: the writer that crosses it gets <see cref="ResponseTooLargeException"/>.
/// Each request for memory passes <paramref name="checkpoint"/> (the lane's <see cref="LanePacer"/>), so that serializing
/// a large answer pauses as its execution does.
/// </summary>
internal sealed class BoundedResponseBuffer(long maxBytes, Action? checkpoint = null) : IBufferWriter<byte>, IDisposable
{
    private const int ChunkSize = 64 * 1024;

    private readonly List<(byte[] Array, int Length)> _chunks = [];
    private byte[]? _current;
    private int _used;

    /// <summary>The bytes written so far.</summary>
    public long Length { get; private set; }

    public void Advance(int count)
    {
        if (_current is null || count < 0 || _used + count > _current.Length)
        {
            throw new InvalidOperationException("Advanced past the memory handed out.");
        }

        _used += count;
        Length += count;
        if (Length > maxBytes)
        {
            throw new ResponseTooLargeException(maxBytes);
        }
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsMemory(_used);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _current.AsSpan(_used);
    }

    /// <summary>Writes the whole response to <paramref name="destination"/>.</summary>
    public async Task CopyToAsync(System.IO.Pipelines.PipeWriter destination, CancellationToken cancellationToken)
    {
        Seal();
        foreach (var (array, length) in _chunks)
        {
            await destination.WriteAsync(array.AsMemory(0, length), cancellationToken);
        }
    }

    public void Dispose()
    {
        Seal();
        foreach (var (array, _) in _chunks)
        {
            ArrayPool<byte>.Shared.Return(array);
        }

        _chunks.Clear();
    }

    private void Reserve(int sizeHint)
    {
        checkpoint?.Invoke();
        var wanted = Math.Max(sizeHint, 1);
        if (_current is not null && _current.Length - _used >= wanted)
        {
            return;
        }

        Seal();
        _current = ArrayPool<byte>.Shared.Rent(Math.Max(ChunkSize, wanted));
        _used = 0;
    }

    private void Seal()
    {
        if (_current is not null)
        {
            _chunks.Add((_current, _used));
            _current = null;
            _used = 0;
        }
    }
}

/// <summary>A response grew past <see cref="FairnessOptions.MaxResponseBytes"/>.</summary>
internal sealed class ResponseTooLargeException(long limit)
    : Exception($"The response is larger than the limit of {limit} bytes.")
{
    public long Limit { get; } = limit;
}
