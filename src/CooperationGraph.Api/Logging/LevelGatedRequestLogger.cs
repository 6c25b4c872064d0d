using Serilog.Core;
using Serilog.Events;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// The request log's Serilog logger, gated by the <c>Logging:LogLevel</c> rules for its category as every other log
/// event of the service is. Serilog.AspNetCore writes the request event straight to Serilog, past
/// Microsoft.Extensions.Logging's filters; without this gate <c>Logging:LogLevel:Default=Warning</c> would still write
/// a line for every successful request. Its middleware asks <see cref="IsEnabled"/> first and, when it is not,
/// collects nothing.
/// </summary>
/// <remarks>
/// The middleware keeps <c>ForContext&lt;RequestLoggingMiddleware&gt;()</c> of this logger. Serilog's default
/// <c>ForContext</c> would wrap it in a new logger open at every level, whose <c>IsEnabled</c> is always true: every
/// request would then build its whole event (properties, dictionary, template binding) only for <see cref="Write"/> to
/// drop it. Every <c>ForContext</c> here stays gated instead.
/// </remarks>
internal sealed class LevelGatedRequestLogger(Serilog.ILogger inner, ILogger gate) : Serilog.ILogger
{
    /// <summary>The category the request events carry (their <c>SourceContext</c>) and whose level rules apply.</summary>
    public const string Category = "Serilog.AspNetCore.RequestLoggingMiddleware";

    public bool IsEnabled(LogEventLevel level) => gate.IsEnabled(ToLogLevel(level)) && inner.IsEnabled(level);

    public void Write(LogEvent logEvent)
    {
        if (IsEnabled(logEvent.Level))
        {
            inner.Write(logEvent);
        }
    }

    public Serilog.ILogger ForContext(ILogEventEnricher enricher) => new LevelGatedRequestLogger(inner.ForContext(enricher), gate);

    public Serilog.ILogger ForContext(IEnumerable<ILogEventEnricher> enrichers) => new LevelGatedRequestLogger(inner.ForContext(enrichers), gate);

    public Serilog.ILogger ForContext(string propertyName, object? value, bool destructureObjects = false) =>
        new LevelGatedRequestLogger(inner.ForContext(propertyName, value, destructureObjects), gate);

    public Serilog.ILogger ForContext<TSource>() => new LevelGatedRequestLogger(inner.ForContext<TSource>(), gate);

    public Serilog.ILogger ForContext(Type source) => new LevelGatedRequestLogger(inner.ForContext(source), gate);

    private static LogLevel ToLogLevel(LogEventLevel level) => level switch
    {
        LogEventLevel.Verbose => LogLevel.Trace,
        LogEventLevel.Debug => LogLevel.Debug,
        LogEventLevel.Information => LogLevel.Information,
        LogEventLevel.Warning => LogLevel.Warning,
        LogEventLevel.Error => LogLevel.Error,
        _ => LogLevel.Critical,
    };
}
