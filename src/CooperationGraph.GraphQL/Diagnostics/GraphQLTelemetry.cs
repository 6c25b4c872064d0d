using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace CooperationGraph.GraphQL.Diagnostics;

/// <summary>
/// The engine's traces and metrics, by the names a host subscribes to (OpenTelemetry's <c>AddSource</c> and
/// <c>AddMeter</c>). Unobserved, a span start returns null and a measurement returns at once: nothing is allocated.
/// </summary>
public static class GraphQLTelemetry
{
    /// <summary>The <see cref="ActivitySource"/> and <see cref="Meter"/> name.</summary>
    public const string Name = "CooperationGraph.GraphQL";

    internal static readonly ActivitySource Source = new(Name);

    private static readonly Meter s_meter = new(Name);

    private static readonly Counter<long> s_documentCacheLookups = s_meter.CreateCounter<long>(
        "graphql.document_cache.lookups", unit: "{lookup}", description: "Parsed-document cache lookups, by outcome (hit true or false).");

    internal static Activity? StartParse() => Source.StartActivity("graphql.parse");

    internal static Activity? StartValidate() => Source.StartActivity("graphql.validate");

    internal static Activity? StartExecute() => Source.StartActivity("graphql.execute");

    internal static void RecordDocumentCacheLookup(bool hit)
    {
        if (s_documentCacheLookups.Enabled)
        {
            s_documentCacheLookups.Add(1, new KeyValuePair<string, object?>("hit", hit));
        }
    }
}
