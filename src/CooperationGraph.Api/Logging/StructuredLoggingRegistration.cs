using CooperationGraph.Api.Configuration;
using CooperationGraph.Api.Hosting;
using Serilog;
using Serilog.Core;
using Serilog.Extensions.Logging;
using Serilog.Settings.Configuration;

namespace CooperationGraph.Api.Logging;

internal static class StructuredLoggingRegistration
{
    private const string TextTemplate = "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}";

    /// <summary>
    /// Routes Microsoft.Extensions.Logging through Serilog. The logger is built from the container, so sinks
    /// registered as <see cref="ILogEventSink"/> (an in-memory one in tests, a file one in operations) join the console.
    /// </summary>
    public static ILoggingBuilder AddStructuredLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        // One logger for Microsoft.Extensions.Logging and for Serilog.AspNetCore's request events (which write to it directly;
        // its middleware also asks for a DiagnosticContext).
        logging.Services.AddSingleton(CreateLogger);
        logging.Services.AddSingleton<Serilog.ILogger>(services => services.GetRequiredService<Logger>());
        logging.Services.AddSingleton<ILoggerProvider>(services => new SerilogLoggerProvider(services.GetRequiredService<Logger>(), dispose: false));
        logging.Services.AddSingleton(static _ => new Serilog.Extensions.Hosting.DiagnosticContext(null));
        return logging;
    }

    private static Logger CreateLogger(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        // Read raw, not through IOptions: a bad value must reach the start-up validation and its clear message,
        // not fail here while the logger that would report it is being built.
        var json = string.Equals(configuration[$"{LogOutputOptions.Section}:{nameof(LogOutputOptions.Format)}"], LogOutputOptions.JsonFormat, StringComparison.Ordinal);
        // Levels are filtered by Logging:LogLevel before events reach Serilog; a Serilog section may add enrichers.
        var logger = new LoggerConfiguration()
            .MinimumLevel.Verbose()
            .ReadFrom.Configuration(configuration, new ConfigurationReaderOptions { SectionName = "Serilog" })
            .Enrich.FromLogContext()
            .Enrich.With<CorrelationIdEnricher>()
            // The host and Kestrel log a start-up failure with its stack trace before rethrowing it; StartupFailureReporting
            // reports the ones it knows as one readable line instead, so the trace is only noise for the operator.
            .Filter.ByExcluding(static logEvent => StartupFailureReporting.IsReportedHere(logEvent.Exception));
        logger = json
            ? logger.WriteTo.Console(new JsonLogFormatter())
            : logger.WriteTo.Console(outputTemplate: TextTemplate, formatProvider: System.Globalization.CultureInfo.InvariantCulture);
        foreach (var sink in services.GetServices<ILogEventSink>())
        {
            logger = logger.WriteTo.Sink(sink);
        }
        return logger.CreateLogger();
    }
}
