namespace CooperationGraph.Neo4j;

/// <summary>A temporary failure (Neo.TransientError.*): running the work again may succeed.</summary>
public class Neo4jTransientException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jTransientException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jTransientException() : this("A temporary failure (Neo.TransientError.*): running the work again may succeed.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jTransientException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jTransientException(string message, Exception innerException) : this(message, null, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
