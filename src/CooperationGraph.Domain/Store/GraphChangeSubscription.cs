using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace CooperationGraph.Domain.Store;

/// <summary>A subscriber's queue of committed changes, from <see cref="GraphChangeHub.Subscribe"/>.</summary>
public sealed class GraphChangeSubscription : IDisposable
{
    private readonly ChannelReader<GraphChange> _reader;
    private readonly Action _unsubscribe;
    private int _disposed;

    internal GraphChangeSubscription(ChannelReader<GraphChange> reader, Action unsubscribe)
    {
        _reader = reader;
        _unsubscribe = unsubscribe;
    }

    /// <summary>Waits for the next change.</summary>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>The change, or null once the subscription has ended.</returns>
    public async ValueTask<GraphChange?> ReadAsync(CancellationToken cancellationToken = default)
    {
        while (await _reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (_reader.TryRead(out var change))
            {
                return change;
            }
        }

        return null;
    }

    /// <summary>Takes a change that has already arrived, without waiting.</summary>
    /// <param name="change">The change, when one was queued.</param>
    /// <returns>Whether a change was queued.</returns>
    public bool TryRead([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out GraphChange? change) => _reader.TryRead(out change);

    /// <summary>Every change until the subscription ends or the token is cancelled.</summary>
    /// <param name="cancellationToken">Stops the enumeration.</param>
    /// <returns>The changes in commit order.</returns>
    public async IAsyncEnumerable<GraphChange> ReadAllAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var change in _reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return change;
        }
    }

    /// <summary>Stops receiving changes; pending ones are still readable.</summary>
    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _unsubscribe();
        }
    }
}
