namespace CooperationGraph.Api.Configuration;

/// <summary>Which graph store the service reads, bound from the <c>Storage</c> section.</summary>
internal sealed class StorageOptions
{
    public const string Section = "Storage";

    public const string EmbeddedProvider = "embedded";

    public const string Neo4jProvider = "neo4j";

    /// <summary><c>embedded</c> (SQLite file on this machine) or <c>neo4j</c> (the database of record).</summary>
    public string Provider { get; set; } = EmbeddedProvider;

    /// <summary>The SQLite file of the embedded store; required when <see cref="Provider"/> is embedded.</summary>
    public string? DatabasePath { get; set; }

    /// <summary>
    /// Serve the embedded database read-only, never writing or seeding it (a database in a read-only folder is served
    /// so without it).
    /// </summary>
    public bool ReadOnly { get; set; }

    /// <summary>The Bolt address of Neo4j; required when <see cref="Provider"/> is neo4j.</summary>
    public string? Neo4jUri { get; set; }
}
