namespace CooperationGraph.Neo4j;

/// <summary>The query does not parse or is semantically invalid (Neo.ClientError.Statement.*Error).</summary>
public class Neo4jSyntaxException : Neo4jClientException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jSyntaxException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jSyntaxException() : this("The query is invalid.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jSyntaxException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jSyntaxException(string message, Exception innerException) : this(message, null, innerException)
    {
    }
}
