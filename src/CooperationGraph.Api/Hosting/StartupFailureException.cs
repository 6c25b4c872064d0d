namespace CooperationGraph.Api.Hosting;

/// <summary>
/// A start-up failure already explained: its message is the one line the operator reads (the cause, the path or
/// setting, and what to do), and <see cref="ExitCode"/> is the documented exit code for it.
/// </summary>
internal sealed class StartupFailureException : Exception
{
    public StartupFailureException(int exitCode, string message, Exception? innerException = null)
        : base(message, innerException) => ExitCode = exitCode;

    public StartupFailureException()
        : this(StartupExitCode.Unexpected, "The service failed to start.")
    {
    }

    public StartupFailureException(string message)
        : this(StartupExitCode.Unexpected, message)
    {
    }

    public StartupFailureException(string message, Exception innerException)
        : this(StartupExitCode.Unexpected, message, innerException)
    {
    }

    public int ExitCode { get; }
}
