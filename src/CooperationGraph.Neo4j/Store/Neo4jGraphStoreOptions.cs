using CooperationGraph.Domain.Store;
using Microsoft.Extensions.Logging;

namespace CooperationGraph.Neo4j.Store;

/// <summary>Where the Neo4j-backed graph store connects, and as whom.</summary>
public sealed class Neo4jGraphStoreOptions
{
    /// <summary>The server: <c>neo4j://</c> (routing, for clusters and Aura), <c>neo4j+s://</c>, <c>bolt://</c> or <c>bolt+s://</c>.</summary>
    public Uri? Uri { get; set; }

    /// <summary>The user for basic authentication; null connects without authentication.</summary>
    public string? User { get; set; }

    /// <summary>The password for basic authentication.</summary>
    public string? Password { get; set; }

    /// <summary>The database; null uses the user's home database.</summary>
    public string? Database { get; set; }

    /// <summary>Where the store reports the server it found, schema substitutions and replacement progress.</summary>
    public ILogger? Logger { get; set; }

    /// <summary>
    /// Records per transaction when a replacement is too large for one (and the size up to which it is one transaction).
    /// </summary>
    public int ReplaceBatchSize { get; set; } = CypherGraphStore.DefaultReplaceBatchSize;

    /// <summary>The clock for pool ages, routing TTLs, retries and change timestamps.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Checks the settings and builds the client options.</summary>
    /// <exception cref="GraphStoreException">A setting is missing or invalid (code <see cref="GraphStoreErrorCode.InvalidArgument"/>), naming it.</exception>
    public Neo4jClientOptions ToClientOptions()
    {
        if (Uri is null)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "Storage:Neo4jUri (or NEO4J_URI) is required for the neo4j store.");
        }

        if (User is not null && string.IsNullOrEmpty(Password))
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"A password (Storage:Neo4jPassword or NEO4J_PASSWORD) is required for user '{User}'.");
        }

        if (ReplaceBatchSize < 1)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, $"ReplaceBatchSize must be positive; got {ReplaceBatchSize}.");
        }

        var options = new Neo4jClientOptions
        {
            Uri = Uri,
            Auth = User is null ? Neo4jAuth.None : Neo4jAuth.Basic(User, Password!),
            Database = Database,
            TimeProvider = TimeProvider,
        };
        var problems = options.Validate();
        if (problems.Count > 0)
        {
            throw new GraphStoreException(GraphStoreErrorCode.InvalidArgument, "Invalid Neo4j settings: " + string.Join(" ", problems));
        }

        return options;
    }
}
