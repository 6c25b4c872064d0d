namespace CooperationGraph.Cli;

/// <summary>The process exit codes: scripts tell a usage mistake from a failed export.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The seed data, the model or the output could not be read or written.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong.</summary>
    public const int Usage = 2;
}
