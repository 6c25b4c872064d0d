namespace CooperationGraph.Neo4j.Tests.Bolt;

/// <summary>Neo4j status codes map to the exception of their classification.</summary>
public sealed class ErrorMappingTests
{
    [Theory]
    [InlineData("Neo.ClientError.Statement.SyntaxError", typeof(Neo4jSyntaxException), false)]
    [InlineData("Neo.ClientError.Security.Unauthorized", typeof(Neo4jSecurityException), false)]
    [InlineData("Neo.ClientError.Schema.ConstraintValidationFailed", typeof(Neo4jClientException), false)]
    [InlineData("Neo.ClientError.Cluster.NotALeader", typeof(Neo4jSessionExpiredException), true)]
    [InlineData("Neo.TransientError.Transaction.DeadlockDetected", typeof(Neo4jTransientException), true)]
    [InlineData("Neo.TransientError.Transaction.Terminated", typeof(Neo4jClientException), false)]
    [InlineData("Neo.DatabaseError.General.UnknownError", typeof(Neo4jDatabaseException), false)]
    [InlineData("Neo.ClientError.Security.AuthorizationExpired", typeof(Neo4jSecurityException), true)]
    [InlineData("Neo.TransientError.General.DatabaseUnavailable", typeof(Neo4jTransientException), true)]
    [InlineData("Neo.TransientError.Transaction.LockClientStopped", typeof(Neo4jClientException), false)]
    [InlineData("Neo.TransientError.General.MemoryPoolOutOfMemoryError", typeof(Neo4jDatabaseException), false)]
    [InlineData("Neo.TransientError.General.TransactionMemoryLimit", typeof(Neo4jDatabaseException), false)]
    [InlineData("Neo.ClientError.Transaction.TransactionOutOfMemoryError", typeof(Neo4jDatabaseException), false)]
    public void Codes_MapToTypedExceptions(string code, Type expected, bool retryable)
    {
        var error = Neo4jErrorMapper.Map(code, "m", "50N42");
        Assert.IsType(expected, error);
        Assert.Equal(code, error.Code);
        Assert.Equal("50N42", error.GqlStatus);
        Assert.Equal(retryable, error.IsRetryable);
    }
}
