namespace CooperationGraph.Neo4j;

/// <summary>Whether work reads or writes: in a cluster, reads go to readers and writes to the writer.</summary>
public enum AccessMode
{
    /// <summary>The work may write; it goes to a writer.</summary>
    Write,

    /// <summary>The work only reads; it may go to any reader.</summary>
    Read,
}
