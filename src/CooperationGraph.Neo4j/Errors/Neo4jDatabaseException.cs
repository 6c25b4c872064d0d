namespace CooperationGraph.Neo4j;

/// <summary>The database failed to process a valid request (Neo.DatabaseError.*).</summary>
public class Neo4jDatabaseException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jDatabaseException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jDatabaseException() : this("The database failed to process a valid request (Neo.DatabaseError.*).")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jDatabaseException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jDatabaseException(string message, Exception innerException) : this(message, null, innerException)
    {
    }
}
