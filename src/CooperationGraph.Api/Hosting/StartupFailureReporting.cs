using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Hosting;

internal static partial class StartupFailureReporting
{
    /// <summary>The process exit code for a configuration the host refused to start with.</summary>
    public const int InvalidConfigurationExitCode = StartupExitCode.InvalidConfiguration;

    /// <summary>
    /// Runs the host; a failure to start becomes one readable log line (a refused configuration, one per failure) and
    /// the exit code <see cref="StartupExitCode"/> documents for it, instead of an unhandled-exception stack dump.
    /// </summary>
    public static int RunReportingInvalidConfiguration(this WebApplication app)
    {
        // Read before running: the configuration is disposed with the host that failed.
        var urls = app.Configuration[WebHostDefaults.ServerUrlsKey];
        try
        {
            app.Run();
            return 0;
        }
        catch (OptionsValidationException invalid)
        {
            foreach (var failure in invalid.Failures)
            {
                LogInvalidConfiguration(app.Logger, failure);
            }
            return InvalidConfigurationExitCode;
        }
        catch (InvalidOperationException unconvertible) when (IsUnconvertibleSetting(unconvertible))
        {
            // The configuration binder's own message names the setting and the value: "Failed to convert configuration
            // value 'maybe' at 'RateLimiting:Enabled' to type 'System.Boolean'."
            LogInvalidConfiguration(app.Logger, unconvertible.Message);
            return InvalidConfigurationExitCode;
        }
        catch (Exception failure) when (Explain(failure, urls) is { } explained)
        {
            LogStartupFailure(app.Logger, explained.Message);
            return explained.ExitCode;
        }
        catch (Exception unexpected)
        {
            // The host has logged its stack trace already; this line says what it means for the process.
            LogUnexpectedFailure(app.Logger, unexpected.GetType().Name, unexpected.Message.ReplaceLineEndings(" "));
            return StartupExitCode.Unexpected;
        }
    }

    /// <summary>Whether the host or Kestrel logging this exception would only repeat what is reported here in one line.</summary>
    public static bool IsReportedHere(Exception? exception) =>
        exception is OptionsValidationException or StartupFailureException
        || (exception is InvalidOperationException unconvertible && IsUnconvertibleSetting(unconvertible))
        || Find<AddressInUseException>(exception) is not null;

    private static bool IsUnconvertibleSetting(InvalidOperationException exception) =>
        exception.Message.StartsWith("Failed to convert configuration value", StringComparison.Ordinal);

    private static StartupFailureException? Explain(Exception failure, string? urls)
    {
        if (Find<StartupFailureException>(failure) is { } explained)
        {
            return explained;
        }

        if (Find<AddressInUseException>(failure) is not null)
        {
            // The server's own address list is gone with the server that failed; the setting names what was asked for.
            var addresses = string.IsNullOrEmpty(urls) ? "the configured address" : urls;
            return new StartupFailureException(
                StartupExitCode.CannotListen,
                $"Cannot listen on {addresses}: the address is already in use. Stop the process using it, or choose another address with --urls or the Urls setting.",
                failure);
        }

        return null;
    }

    private static TException? Find<TException>(Exception? exception)
        where TException : Exception
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is TException found)
            {
                return found;
            }

            if (current is AggregateException aggregate)
            {
                return aggregate.InnerExceptions.Select(Find<TException>).FirstOrDefault(found => found is not null);
            }
        }

        return null;
    }

    [LoggerMessage(EventId = 20, EventName = "InvalidConfiguration", Level = LogLevel.Critical,
        Message = "Invalid configuration, the service did not start: {Failure}")]
    private static partial void LogInvalidConfiguration(ILogger logger, string failure);

    [LoggerMessage(EventId = 21, EventName = "StartupFailed", Level = LogLevel.Critical,
        Message = "The service did not start: {Failure}")]
    private static partial void LogStartupFailure(ILogger logger, string failure);

    [LoggerMessage(EventId = 22, EventName = "StartupFailedUnexpectedly", Level = LogLevel.Critical,
        Message = "The service did not start: {ExceptionType}: {ExceptionMessage}")]
    private static partial void LogUnexpectedFailure(ILogger logger, string exceptionType, string exceptionMessage);
}
