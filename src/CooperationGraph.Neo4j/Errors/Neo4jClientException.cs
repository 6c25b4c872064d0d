namespace CooperationGraph.Neo4j;

/// <summary>The request was wrong: a Neo.ClientError.* status, or misuse of the client.</summary>
public class Neo4jClientException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jClientException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jClientException() : this("The request was wrong: a Neo.ClientError.* status, or misuse of the client.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jClientException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jClientException(string message, Exception innerException) : this(message, null, innerException)
    {
    }
}
