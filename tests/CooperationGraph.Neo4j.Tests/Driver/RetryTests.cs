using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>Managed transactions retry transient errors and lost connections, within a bounded budget.</summary>
public sealed class RetryTests
{
    private const string DeadlockedAttempt = """
        C: BEGIN {}
        S: SUCCESS {}
        C: RUN "MERGE (n:N)" {} {}
        C: PULL {"n": 1000}
        S: FAILURE {"code": "Neo.TransientError.Transaction.DeadlockDetected", "message": "deadlock"}
        S: IGNORED
        C: RESET
        S: SUCCESS {}

        """;

    private const string SuccessfulAttempt = """
        C: BEGIN {}
        S: SUCCESS {}
        C: RUN "MERGE (n:N)" {} {}
        C: PULL {"n": 1000}
        S: SUCCESS {"fields": []}
        S: SUCCESS {}
        C: COMMIT
        S: SUCCESS {"bookmark": "FB:ok"}
        """;

    [Fact]
    public async Task TransientError_IsRetried_OnTheSameConnection()
    {
        var write = await ManagedWrite.PlayAsync(Scripts.Connect54 + DeadlockedAttempt + SuccessfulAttempt);

        Assert.Null(write.Error);
        Assert.Equal(2, write.Attempts);
        Assert.Equal(["FB:ok"], write.Bookmarks);
    }

    [Fact]
    public async Task LostConnection_IsRetried_OnANewConnection()
    {
        var write = await ManagedWrite.PlayAsync([
            Scripts.Connect54 + """
                C: BEGIN {}
                S: <CLOSE>
                """,
            Scripts.Connect54 + SuccessfulAttempt]);

        Assert.Null(write.Error);
    }

    [Fact]
    public async Task AuthorizationExpired_IsRetried_OnANewConnectionThatAuthenticatesAgain()
    {
        // The server closes a connection whose authorization expired; no RESET is sent on it.
        var write = await ManagedWrite.PlayAsync([
            Scripts.Connect54 + """
                C: BEGIN {}
                S: SUCCESS {}
                C: RUN "MERGE (n:N)" {} {}
                C: PULL {"n": 1000}
                S: FAILURE {"code": "Neo.ClientError.Security.AuthorizationExpired", "message": "token expired"}
                S: IGNORED
                """,
            Scripts.Connect54 + SuccessfulAttempt]);

        Assert.Null(write.Error);
        Assert.Equal(2, write.Attempts);
    }

    [Fact]
    public async Task TransactionMemoryFailure_IsNotRetried()
    {
        var write = await ManagedWrite.PlayAsync(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (n:N)" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "message": "The allocation of an extra 2.0 MiB would use more than the limit"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """);

        Assert.False(Assert.IsType<Neo4jDatabaseException>(write.Error).IsRetryable);
        Assert.Equal(1, write.Attempts);
    }

    [Fact]
    public async Task RetryBudget_IsBounded()
    {
        var write = await ManagedWrite.PlayAsync([Scripts.Connect54 + DeadlockedAttempt + DeadlockedAttempt + DeadlockedAttempt], o => o.MaxRetryAttempts = 2);

        Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", Assert.IsType<Neo4jTransientException>(write.Error).Code);
        Assert.Equal(3, write.Attempts);
    }

    [Fact]
    public async Task ClientErrors_AreNotRetried()
    {
        var write = await ManagedWrite.PlayAsync(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (n:N" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """, query: "MERGE (n:N");

        Assert.IsType<Neo4jSyntaxException>(write.Error);
        Assert.Equal(1, write.Attempts);
    }

    /// <summary>
    /// One managed write transaction running one statement against a scripted server: how many attempts it took, the
    /// error it ended with (null when it committed) and the bookmarks after it; the server has played its whole script.
    /// </summary>
    private sealed record ManagedWrite(int Attempts, Neo4jException? Error, IReadOnlyList<string> Bookmarks)
    {
        public static Task<ManagedWrite> PlayAsync(string script, string query = "MERGE (n:N)") => PlayAsync([script], query: query);

        public static async Task<ManagedWrite> PlayAsync(string[] connections, Action<Neo4jClientOptions>? configure = null, string query = "MERGE (n:N)")
        {
            await using var server = new FakeBoltServer(connections);
            var attempts = 0;
            Neo4jException? error = null;
            IReadOnlyList<string> bookmarks;
            await using (var client = Scripts.Client(server, configure))
            {
                try
                {
                    await client.ExecuteWriteAsync(async tx =>
                    {
                        attempts++;
                        return await (await tx.RunAsync(query)).ConsumeAsync();
                    });
                }
                catch (Neo4jException exception)
                {
                    error = exception;
                }

                bookmarks = [.. client.LastBookmarks];
            }

            await server.AssertCompletedAsync();
            return new ManagedWrite(attempts, error, bookmarks);
        }
    }
}
