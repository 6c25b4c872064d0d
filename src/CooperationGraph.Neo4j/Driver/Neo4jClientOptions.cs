namespace CooperationGraph.Neo4j;

/// <summary>How <see cref="Neo4jClient"/> connects, pools, streams and retries. <see cref="Validate"/> lists every problem.</summary>
public sealed class Neo4jClientOptions
{
    /// <summary><c>bolt://</c>, <c>bolt+s://</c>, <c>bolt+ssc://</c>, <c>neo4j://</c>, <c>neo4j+s://</c> or <c>neo4j+ssc://</c>, host and optional port (7687).</summary>
    public Uri? Uri { get; set; }

    /// <summary>The credentials; <see cref="Neo4jAuth.None"/> by default.</summary>
    public Neo4jAuth Auth { get; set; } = Neo4jAuth.None;

    /// <summary>The user agent announced in HELLO.</summary>
    public string UserAgent { get; set; } = "CooperationGraph/1.0";

    /// <summary>The default database; null means the user's home database.</summary>
    public string? Database { get; set; }

    /// <summary>The most connections open to one server at once.</summary>
    public int MaxConnectionPoolSize { get; set; } = 100;

    /// <summary>How long to wait for a pooled connection before failing.</summary>
    public TimeSpan ConnectionAcquisitionTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The budget for opening one connection: TCP, TLS, handshake and authentication.</summary>
    public TimeSpan ConnectionTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long to wait for a reply before the connection counts as dead and is closed (the work is then retried like a
    /// lost connection). The server's <c>connection.recv_timeout_seconds</c> hint takes precedence. Null: no limit.
    /// </summary>
    public TimeSpan? SocketReadTimeout { get; set; }

    /// <summary>Idle connections older than this are pinged with RESET before reuse; null skips the ping.</summary>
    public TimeSpan? ConnectionLivenessThreshold { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Connections older than this are closed rather than reused.</summary>
    public TimeSpan MaxConnectionLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Records per PULL (<c>n</c>); -1 fetches everything at once.</summary>
    public long FetchSize { get; set; } = 1000;

    /// <summary>How many times managed transactions are retried after a transient failure; 0 disables retries.</summary>
    public int MaxRetryAttempts { get; set; } = 5;

    /// <summary>The first retry delay; later delays grow exponentially, with jitter.</summary>
    public TimeSpan InitialRetryDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The whole budget of one managed transaction, retries included.</summary>
    public TimeSpan MaxRetryTime { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The clock for pool ages, routing TTLs and retry delays.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Every problem with these options, empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Uri is null)
        {
            problems.Add("Uri is required.");
        }
        else if (Neo4jUri.TryParse(Uri, out var error) is null)
        {
            problems.Add(error!);
        }

        Require(problems, Auth is not null, "Auth is required (use Neo4jAuth.None for servers without authentication).");
        Require(problems, !string.IsNullOrWhiteSpace(UserAgent), "UserAgent must not be empty.");
        Require(problems, MaxConnectionPoolSize > 0, $"MaxConnectionPoolSize must be positive; got {MaxConnectionPoolSize}.");
        Require(problems, ConnectionAcquisitionTimeout > TimeSpan.Zero, "ConnectionAcquisitionTimeout must be positive.");
        Require(problems, ConnectionTimeout > TimeSpan.Zero, "ConnectionTimeout must be positive.");
        Require(problems, SocketReadTimeout is null || SocketReadTimeout > TimeSpan.Zero, "SocketReadTimeout must be positive (or null for no limit).");
        Require(problems, ConnectionLivenessThreshold is null || ConnectionLivenessThreshold >= TimeSpan.Zero, "ConnectionLivenessThreshold must not be negative.");
        Require(problems, MaxConnectionLifetime > TimeSpan.Zero, "MaxConnectionLifetime must be positive.");
        Require(problems, FetchSize is -1 or > 0, $"FetchSize must be positive or -1 (everything); got {FetchSize}.");
        Require(problems, MaxRetryAttempts >= 0, $"MaxRetryAttempts must not be negative; got {MaxRetryAttempts}.");
        Require(problems, InitialRetryDelay >= TimeSpan.Zero, "InitialRetryDelay must not be negative.");
        Require(problems, MaxRetryTime >= TimeSpan.FromMilliseconds(10) && MaxRetryTime <= TimeSpan.FromDays(1), "MaxRetryTime must be between 10 ms and 1 day.");
        Require(problems, TimeProvider is not null, "TimeProvider is required.");
        return problems;
    }

    private static void Require(List<string> problems, bool condition, string problem)
    {
        if (!condition)
        {
            problems.Add(problem);
        }
    }
}
