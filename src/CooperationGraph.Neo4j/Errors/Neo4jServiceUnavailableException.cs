namespace CooperationGraph.Neo4j;

/// <summary>No server could be reached, or the connection was lost.</summary>
public class Neo4jServiceUnavailableException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jServiceUnavailableException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jServiceUnavailableException() : this("No server could be reached, or the connection was lost.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jServiceUnavailableException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jServiceUnavailableException(string message, Exception innerException) : this(message, null, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
