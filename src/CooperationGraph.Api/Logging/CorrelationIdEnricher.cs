using CooperationGraph.Api.Http;
using Serilog.Core;
using Serilog.Events;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// Adds <c>CorrelationId</c> to every event written while a request runs (<see cref="CorrelationId.Current"/>), as a
/// log scope per request did, without the scope's objects and its two changes of the execution context per request.
/// </summary>
internal sealed class CorrelationIdEnricher : ILogEventEnricher
{
    public const string PropertyName = "CorrelationId";

    public void Enrich(LogEvent logEvent, ILogEventPropertyFactory propertyFactory)
    {
        if (CorrelationId.Current is { } id)
        {
            logEvent.AddPropertyIfAbsent(new LogEventProperty(PropertyName, new ScalarValue(id)));
        }
    }
}
