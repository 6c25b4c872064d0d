using System.Threading.Channels;

namespace CooperationGraph.Domain.Store;

/// <summary>
/// Fans committed changes out to subscribers. Each subscriber has its own unbounded queue, so a slow reader never
/// delays a write; it sees every change committed after it subscribed, in commit order.
/// </summary>
public sealed class GraphChangeHub
{
    private readonly Lock _gate = new();
    private readonly List<Channel<GraphChange>> _subscribers = [];

    /// <summary>How many subscriptions are open.</summary>
    public int SubscriberCount
    {
        get
        {
            lock (_gate)
            {
                return _subscribers.Count;
            }
        }
    }

    /// <summary>Starts receiving changes committed from now on; dispose the subscription to stop.</summary>
    /// <returns>The subscription.</returns>
    public GraphChangeSubscription Subscribe()
    {
        var channel = Channel.CreateUnbounded<GraphChange>(new UnboundedChannelOptions { SingleReader = true });
        lock (_gate)
        {
            _subscribers.Add(channel);
        }

        return new GraphChangeSubscription(channel.Reader, () => Remove(channel));
    }

    /// <summary>Delivers a committed change to every subscriber. Called by stores, in commit order.</summary>
    /// <param name="change">The change.</param>
    public void Publish(GraphChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryWrite(change);
            }
        }
    }

    /// <summary>Ends every subscription (their enumerations complete). Called when the store is disposed.</summary>
    public void Complete()
    {
        lock (_gate)
        {
            foreach (var subscriber in _subscribers)
            {
                subscriber.Writer.TryComplete();
            }

            _subscribers.Clear();
        }
    }

    private void Remove(Channel<GraphChange> channel)
    {
        lock (_gate)
        {
            _subscribers.Remove(channel);
        }

        channel.Writer.TryComplete();
    }
}
