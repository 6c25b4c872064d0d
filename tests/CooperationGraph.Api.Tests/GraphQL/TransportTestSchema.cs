using System.Runtime.CompilerServices;
using CooperationGraph.Api.GraphQL;
using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.GraphQL.Error;
using CooperationGraph.GraphQL.Execution;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationGraph.Api.Tests.GraphQL;

/// <summary>
/// A small schema with one field per behaviour the transport must carry: success, field errors, a failing
/// non-null root, a leaking exception, a request-scoped service, deep nesting, a mutation and three
/// subscriptions (finite, silent until cancelled, failing mid-stream).
/// </summary>
public static class TransportTestSchema
{
    public const string Sdl = """
        type Query {
          hello(name: String): String
          failing: String
          nonNullFailing: String!
          leak: String
          requestProbe: String
          requestProbeViaProvider: String
          nested: Nested
        }
        type Nested { nested: Nested, value: Int }
        type Mutation { increment: Int }
        type Subscription {
          countdown(from: Int!): Int!
          silent: Int
          broken: Int
        }
        """;

    public const string LeakedSecret = "connection string with password=hunter2";

    public static GraphQLSchema Create(SubscriptionProbe probe)
    {
        var bindings = new SchemaBindings()
            .Resolve("Query", "hello", static context =>
                "Hello, " + (context.Arguments.TryGetValue("name", out var name) && name is string text ? text : "world"))
            .Resolve("Query", "failing", static _ => throw new GraphQLError("failing on purpose"))
            .Resolve("Query", "nonNullFailing", static _ => throw new GraphQLError("non-null failing on purpose"))
            .Resolve("Query", "leak", static _ => throw new InvalidOperationException(LeakedSecret))
            .Resolve("Query", "requestProbe", static context =>
                ((GraphQLRequestContext)context.Context!).GetRequiredService<RequestProbe>().Id)
            .Resolve("Query", "requestProbeViaProvider", static context =>
                ((RequestProbe)((IServiceProvider)context.Context!).GetService(typeof(RequestProbe))!).Id)
            .Resolve("Query", "nested", static _ => "node")
            .Resolve("Nested", "nested", static _ => "node")
            .Resolve("Nested", "value", static _ => 1)
            .Resolve("Mutation", "increment", static _ => 1)
            .Subscribe("Subscription", "countdown", static context =>
                ValueTask.FromResult(Countdown((int)context.Arguments["from"]!)))
            .Resolve("Subscription", "countdown", static context => context.Source)
            .Subscribe("Subscription", "silent", _ => ValueTask.FromResult(Silent(probe)))
            .Resolve("Subscription", "silent", static context => context.Source)
            .Subscribe("Subscription", "broken", static _ => ValueTask.FromResult(Broken()))
            .Resolve("Subscription", "broken", static context => context.Source);
        return BuildSchema.FromSdl(Sdl, bindings);
    }

    /// <summary>The host with this schema (replacing any registered one) and its per-request probe.</summary>
    public static ApiHostFactory Host(SubscriptionProbe? probe = null) => new ApiHostFactory().WithServices(services =>
    {
        services.AddSingleton(Create(probe ?? new SubscriptionProbe()));
        services.AddScoped<RequestProbe>();
    });

    private static async IAsyncEnumerable<object?> Countdown(int from)
    {
        for (var i = from; i > 0; i--)
        {
            await Task.Yield();
            yield return i;
        }
    }

    private static async IAsyncEnumerable<object?> Silent(SubscriptionProbe probe, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        probe.Started.TrySetResult();
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            yield break;
        }
        finally
        {
            probe.Ended.TrySetResult();
        }
    }

    private static async IAsyncEnumerable<object?> Broken()
    {
        await Task.Yield();
        yield return 1;
        throw new InvalidOperationException(LeakedSecret);
    }
}

/// <summary>Lets a test see when the silent subscription's source starts and when it is disposed.</summary>
public sealed class SubscriptionProbe
{
    public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Ended { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>A request-scoped service: one id per request.</summary>
public sealed class RequestProbe
{
    public string Id { get; } = Guid.NewGuid().ToString("N");
}

/// <summary>One host over the transport's test schema, shared by the tests of a class.</summary>
public sealed class TransportHost : IDisposable
{
    public ApiHostFactory Factory { get; } = TransportTestSchema.Host();

    public void Dispose() => Factory.Dispose();
}

/// <summary>One host over the transport's test schema with a depth limit of 3, shared by the tests of a class.</summary>
public sealed class ShallowTransportHost : IDisposable
{
    public ApiHostFactory Factory { get; } = TransportTestSchema.Host().With("Limits:MaxDepth", "3");

    public void Dispose() => Factory.Dispose();
}
