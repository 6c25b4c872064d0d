using Serilog.Events;

namespace CooperationGraph.Api.Logging;

/// <summary>
/// The request log's Serilog logger, gated by the <c>Logging:LogLevel</c> rules for its category as every other log
/// event of the service is. Serilog.AspNetCore writes the request event straight to Serilog, past
/// Microsoft.Extensions.Logging's filters; without this gate <c>Logging:LogLevel:Default=Warning</c> would still write
/// a line for every successful request. Its middleware asks <see cref="IsEnabled"/> first and, when it is not,
/// collects nothing.
/// </summary>
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
