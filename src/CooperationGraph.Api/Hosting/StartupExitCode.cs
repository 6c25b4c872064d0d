namespace CooperationGraph.Api.Hosting;

/// <summary>The process exit codes of the service, one per kind of start-up failure (README, "Exit codes").</summary>
internal static class StartupExitCode
{
    /// <summary>A failure none of the others describes; the line names the exception.</summary>
    public const int Unexpected = 1;

    /// <summary>A setting has a bad value.</summary>
    public const int InvalidConfiguration = 2;

    /// <summary>The address to listen on is taken or not allowed.</summary>
    public const int CannotListen = 3;

    /// <summary>The database file cannot be opened, is not a graph database, or cannot be created.</summary>
    public const int DatabaseUnusable = 4;

    /// <summary>Another instance of the service writes the same database file.</summary>
    public const int DatabaseInUse = 5;

    /// <summary>The seed data (or the graph model) breaks a rule.</summary>
    public const int SeedDataInvalid = 6;

    /// <summary>Neo4j could not be reached or refused the connection.</summary>
    public const int Neo4jUnavailable = 7;
}
