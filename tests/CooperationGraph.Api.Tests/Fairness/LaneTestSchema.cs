using CooperationGraph.Api.Tests.Infrastructure;
using CooperationGraph.GraphQL.Cost;
using CooperationGraph.GraphQL.Type;
using CooperationGraph.GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace CooperationGraph.Api.Tests.Fairness;

/// <summary>
/// A schema of cheap and expensive fields for the lane and timeout tests: <c>quick</c> costs nothing; <c>slow</c>
/// waits honouring cancellation, <c>stubborn</c> blocks its thread ignoring it (as a synchronous store call does),
/// <c>blob</c> answers a large string; the three cost 5000 each. <c>thread</c> (5000) and <c>quickThread</c> (cheap)
/// name the thread their resolver runs on.
/// </summary>
internal sealed class LaneTestSchema
{
    public const string Sdl = CostDirectives.Sdl + """
        type Query {
          quick: String
          slow(ms: Int!): String @cost(weight: 5000)
          stubborn(ms: Int!): String @cost(weight: 5000)
          blob(kb: Int!): String @cost(weight: 5000)
          thread: String @cost(weight: 5000)
          quickThread: String
        }
        """;

    /// <summary>Completed each time an expensive field starts running.</summary>
    public SemaphoreSlim Started { get; } = new(0);

    /// <summary>The host with this schema and the given settings (rate limiting off: the lane is under test).</summary>
    public ApiHostFactory Host(params (string Key, string Value)[] settings)
    {
        var factory = new ApiHostFactory()
            .With("RateLimiting:Enabled", "false")
            .With("Storage:DatabasePath", Path.Combine(Path.GetTempPath(), "cg-lane-" + Guid.NewGuid().ToString("N"), "graph.db"))
            .WithServices(services => services.AddSingleton(Create()));
        foreach (var (key, value) in settings)
        {
            factory.With(key, value);
        }

        return factory;
    }

    private static string ThreadName() => Thread.CurrentThread.IsThreadPoolThread ? "pool" : Thread.CurrentThread.Name ?? "unnamed";

    private GraphQLSchema Create()
    {
        var bindings = new SchemaBindings()
            .Resolve("Query", "quick", static _ => "quick")
            .Resolve("Query", "slow", async context =>
            {
                Started.Release();
                await Task.Delay((int)context.Arguments["ms"]!, context.CancellationToken);
                return "slow";
            })
            .Resolve("Query", "stubborn", context =>
            {
                Started.Release();
                Thread.Sleep((int)context.Arguments["ms"]!);
                return "stubborn";
            })
            .Resolve("Query", "blob", static context => new string('x', 1024 * (int)context.Arguments["kb"]!))
            .Resolve("Query", "thread", static _ => ThreadName())
            .Resolve("Query", "quickThread", static _ => ThreadName());
        var schema = BuildSchema.FromSdl(Sdl, bindings);
        CostAnnotations.ApplyDirectives(schema);
        return schema;
    }
}
