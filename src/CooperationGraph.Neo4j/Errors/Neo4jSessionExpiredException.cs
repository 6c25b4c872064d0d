namespace CooperationGraph.Neo4j;

/// <summary>The server can no longer serve this work (for example it stopped being a writer): route again.</summary>
public class Neo4jSessionExpiredException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jSessionExpiredException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jSessionExpiredException() : this("The server can no longer serve this work (for example it stopped being a writer): route again.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jSessionExpiredException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jSessionExpiredException(string message, Exception innerException) : this(message, null, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsRetryable => true;
}
