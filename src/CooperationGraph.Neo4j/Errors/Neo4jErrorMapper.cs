using CooperationGraph.Neo4j.Bolt.Messages;

namespace CooperationGraph.Neo4j;

/// <summary>Turns a FAILURE's Neo4j status code into the typed exception of its classification.</summary>
internal static class Neo4jErrorMapper
{
    /// <summary>The credentials' authorization lapsed: the server closes the connection, a new one authenticates again.</summary>
    public const string AuthorizationExpired = "Neo.ClientError.Security.AuthorizationExpired";

    public static Neo4jException FromFailure(FailureMessage failure) => Map(failure.Code, failure.Message, failure.GqlStatus);

    public static Neo4jException Map(string code, string message, string? gqlStatus = null)
    {
        Neo4jException error = code switch
        {
            // The user's own action ended these, so retrying would fight the user.
            "Neo.TransientError.Transaction.Terminated" or "Neo.TransientError.Transaction.LockClientStopped" =>
                new Neo4jClientException(message, code),
            // A transaction too big for the server's memory fails again when repeated: not transient, whatever its class.
            _ when code.Contains("MemoryLimit", StringComparison.Ordinal) || code.Contains("OutOfMemory", StringComparison.Ordinal) =>
                new Neo4jDatabaseException(message, code),
            "Neo.ClientError.Cluster.NotALeader" or "Neo.ClientError.General.ForbiddenOnReadOnlyDatabase" =>
                new Neo4jSessionExpiredException(message, code),
            "Neo.ClientError.Statement.SyntaxError" or "Neo.ClientError.Statement.SemanticError" =>
                new Neo4jSyntaxException(message, code),
            _ when code.StartsWith("Neo.ClientError.Security.", StringComparison.Ordinal) => new Neo4jSecurityException(message, code),
            _ when code.StartsWith("Neo.ClientError.", StringComparison.Ordinal) => new Neo4jClientException(message, code),
            _ when code.StartsWith("Neo.TransientError.", StringComparison.Ordinal) => new Neo4jTransientException(message, code),
            _ => new Neo4jDatabaseException(message, code),
        };
        error.GqlStatus = gqlStatus;
        return error;
    }
}
