using System.Globalization;
using System.Runtime.CompilerServices;
using CooperationGraph.Api.DataLoading;
using CooperationGraph.Domain.Store;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Utilities;

namespace CooperationGraph.Api.Schema;

/// <summary>Binds <c>Subscription.graphChanged</c> to the store's change notifications.</summary>
internal static class SubscriptionResolvers
{
    public static void Bind(SchemaBindings bindings)
    {
        bindings.Subscribe("Subscription", "graphChanged", context =>
            new ValueTask<IAsyncEnumerable<object?>>(ChangesAsync(GraphLoaders.From(context).Store, context.CancellationToken)));
        bindings.Resolve("Subscription", "graphChanged", context => context.Source);
        bindings.Resolve("GraphChangeEvent", "version", context => (int)Change(context).Version)
            .Resolve("GraphChangeEvent", "kind", context => Change(context).Kind == GraphChangeKind.Replaced ? "REPLACED" : "APPLIED")
            .Resolve("GraphChangeEvent", "committedAt", context => Change(context).CommittedAt.ToString("O", CultureInfo.InvariantCulture))
            .Resolve("GraphChangeEvent", "upsertedNodeIds", context => Change(context).UpsertedNodeIds)
            .Resolve("GraphChangeEvent", "upsertedRelationshipIds", context => Change(context).UpsertedRelationshipIds)
            .Resolve("GraphChangeEvent", "deletedNodeIds", context => Change(context).DeletedNodeIds)
            .Resolve("GraphChangeEvent", "deletedRelationshipIds", context => Change(context).DeletedRelationshipIds);
    }

    // Subscribing happens when the stream is created, not on first read, so no write between the two is missed.
    private static IAsyncEnumerable<object?> ChangesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var subscription = store.Changes.Subscribe();
        return ReadAsync(subscription, cancellationToken);
    }

    private static async IAsyncEnumerable<object?> ReadAsync(GraphChangeSubscription subscription, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using (subscription)
        {
            await foreach (var change in subscription.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                yield return change;
            }
        }
    }

    private static GraphChange Change(ResolveFieldContext context) => (GraphChange)context.Source!;
}
