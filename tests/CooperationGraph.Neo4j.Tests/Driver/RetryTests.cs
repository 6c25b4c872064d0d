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
        await using var server = new FakeBoltServer(Scripts.Connect54 + DeadlockedAttempt + SuccessfulAttempt);
        var attempts = 0;
        await using (var client = Scripts.Client(server))
        {
            await client.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("MERGE (n:N)")).ConsumeAsync();
            });
            Assert.Equal(["FB:ok"], client.LastBookmarks);
        }

        Assert.Equal(2, attempts);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task LostConnection_IsRetried_OnANewConnection()
    {
        await using var server = new FakeBoltServer(
            Scripts.Connect54 + """
                C: BEGIN {}
                S: <CLOSE>
                """,
            Scripts.Connect54 + SuccessfulAttempt);
        await using (var client = Scripts.Client(server))
        {
            await client.ExecuteWriteAsync(async tx => await (await tx.RunAsync("MERGE (n:N)")).ConsumeAsync());
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task AuthorizationExpired_IsRetried_OnANewConnectionThatAuthenticatesAgain()
    {
        // The server closes a connection whose authorization expired; no RESET is sent on it.
        await using var server = new FakeBoltServer(
            Scripts.Connect54 + """
                C: BEGIN {}
                S: SUCCESS {}
                C: RUN "MERGE (n:N)" {} {}
                C: PULL {"n": 1000}
                S: FAILURE {"code": "Neo.ClientError.Security.AuthorizationExpired", "message": "token expired"}
                S: IGNORED
                """,
            Scripts.Connect54 + SuccessfulAttempt);
        var attempts = 0;
        await using (var client = Scripts.Client(server))
        {
            await client.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await (await tx.RunAsync("MERGE (n:N)")).ConsumeAsync();
            });
        }

        Assert.Equal(2, attempts);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task TransactionMemoryFailure_IsNotRetried()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (n:N)" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "message": "The allocation of an extra 2.0 MiB would use more than the limit"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """);
        var attempts = 0;
        await using (var client = Scripts.Client(server))
        {
            var error = await Assert.ThrowsAsync<Neo4jDatabaseException>(() => client.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("MERGE (n:N)");
            }));
            Assert.False(error.IsRetryable);
        }

        Assert.Equal(1, attempts);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task RetryBudget_IsBounded()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + DeadlockedAttempt + DeadlockedAttempt + DeadlockedAttempt);
        var attempts = 0;
        await using (var client = Scripts.Client(server, o => o.MaxRetryAttempts = 2))
        {
            var error = await Assert.ThrowsAsync<Neo4jTransientException>(() => client.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("MERGE (n:N)");
            }));
            Assert.Equal("Neo.TransientError.Transaction.DeadlockDetected", error.Code);
        }

        Assert.Equal(3, attempts);
        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task ClientErrors_AreNotRetried()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "MERGE (n:N" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """);
        var attempts = 0;
        await using (var client = Scripts.Client(server))
        {
            await Assert.ThrowsAsync<Neo4jSyntaxException>(() => client.ExecuteWriteAsync(async tx =>
            {
                attempts++;
                return await tx.RunAsync("MERGE (n:N");
            }));
        }

        Assert.Equal(1, attempts);
        await server.AssertCompletedAsync();
    }
}
