namespace CooperationGraph.Neo4j;

/// <summary>The peer broke the Bolt or PackStream protocol: an unexpected message or malformed bytes.</summary>
public class Neo4jProtocolException : Neo4jException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jProtocolException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jProtocolException() : this("The peer broke the Bolt or PackStream protocol: an unexpected message or malformed bytes.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jProtocolException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jProtocolException(string message, Exception innerException) : this(message, null, innerException)
    {
    }
}
