namespace CooperationGraph.Neo4j;

/// <summary>Base of every error the Neo4j client raises; <see cref="Code"/> carries Neo4j's status code when the server sent one.</summary>
public class Neo4jException : Exception
{
    /// <summary>Creates an error with a message and an optional Neo4j status code.</summary>
    public Neo4jException(string message, string? code = null, Exception? innerException = null)
        : base(message, innerException) => Code = code;

    /// <summary>Creates an error with no message.</summary>
    public Neo4jException() : this("Neo4j error.")
    {
    }

    /// <summary>Creates an error with a message.</summary>
    public Neo4jException(string message) : this(message, null, null)
    {
    }

    /// <summary>Creates an error wrapping another.</summary>
    public Neo4jException(string message, Exception innerException) : this(message, null, innerException)
    {
    }

    /// <summary>Neo4j's status code (<c>Neo.ClientError.Statement.SyntaxError</c>), or null for client-side errors.</summary>
    public string? Code { get; }

    /// <summary>The GQL status (Bolt 5.7+), when the server sent one.</summary>
    public string? GqlStatus { get; internal set; }

    /// <summary>Whether running the unit of work again may succeed.</summary>
    public virtual bool IsRetryable => false;
}
