namespace CooperationGraph.Neo4j;

/// <summary>Authentication or authorization failed (Neo.ClientError.Security.*).</summary>
public class Neo4jSecurityException : Neo4jClientException
{
    /// <summary>Creates the error with a message and an optional Neo4j status code.</summary>
    public Neo4jSecurityException(string message, string? code = null, Exception? innerException = null)
        : base(message, code, innerException)
    {
    }

    /// <summary>Creates the error with no message.</summary>
    public Neo4jSecurityException() : this("Authentication or authorization failed.")
    {
    }

    /// <summary>Creates the error with a message.</summary>
    public Neo4jSecurityException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates the error wrapping another.</summary>
    public Neo4jSecurityException(string message, Exception innerException) : this(message, null, innerException)
    {
    }

    /// <summary>Only an expired authorization is retried (on a new connection, as the official drivers do).</summary>
    public override bool IsRetryable => Code == Neo4jErrorMapper.AuthorizationExpired;
}
