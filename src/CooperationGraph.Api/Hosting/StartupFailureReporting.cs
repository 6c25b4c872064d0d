using Microsoft.Extensions.Options;

namespace CooperationGraph.Api.Hosting;

internal static partial class StartupFailureReporting
{
    /// <summary>The process exit code for a configuration the host refused to start with.</summary>
    public const int InvalidConfigurationExitCode = 2;

    /// <summary>
    /// Runs the host; a configuration refused at start becomes one readable log line per failure and exit
    /// code <see cref="InvalidConfigurationExitCode"/>, instead of an unhandled-exception stack dump.
    /// </summary>
    public static int RunReportingInvalidConfiguration(this WebApplication app)
    {
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
    }

    [LoggerMessage(EventId = 20, EventName = "InvalidConfiguration", Level = LogLevel.Critical,
        Message = "Invalid configuration, the service did not start: {Failure}")]
    private static partial void LogInvalidConfiguration(ILogger logger, string failure);
}
