using CooperationGraph.Neo4j.Tests.FakeServer;

namespace CooperationGraph.Neo4j.Tests.Driver;

/// <summary>FAILURE puts the connection in FAILED: pipelined requests come back IGNORED until RESET.</summary>
public sealed class FailureRecoveryTests
{
    [Fact]
    public async Task FailureOnRun_IgnoredPull_ThenReset_ConnectionReused()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "RETRUN 1" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Statement.SyntaxError", "message": "Invalid input 'RETRUN'"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            C: RUN "RETURN 1 AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var session = client.OpenSession();
            var error = await Assert.ThrowsAsync<Neo4jSyntaxException>(() => session.RunAsync("RETRUN 1"));
            Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
            Assert.Contains("RETRUN", error.Message, StringComparison.Ordinal);
            var records = await (await session.RunAsync("RETURN 1 AS x")).ToListAsync();
            Assert.Single(records);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task FailureMidStream_KeepsEarlierRecords_AndThrowsOnEnumeration()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: RUN "UNWIND [1, 0] AS d RETURN 1 / d AS x" {} {}
            C: PULL {"n": 1000}
            S: SUCCESS {"fields": ["x"]}
            S: RECORD [1]
            S: FAILURE {"neo4j_code": "Neo.ClientError.Statement.ArithmeticError", "message": "/ by zero", "gql_status": "22012"}
            C: RESET
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var result = await client.OpenSession().RunAsync("UNWIND [1, 0] AS d RETURN 1 / d AS x");
            var seen = new List<object?>();
            var error = await Assert.ThrowsAsync<Neo4jClientException>(async () =>
            {
                await foreach (var record in result)
                {
                    seen.Add(record["x"]);
                }
            });
            Assert.Equal([1L], seen);
            Assert.Equal("Neo.ClientError.Statement.ArithmeticError", error.Code);
            Assert.Equal("22012", error.GqlStatus);
        }

        await server.AssertCompletedAsync();
    }

    [Fact]
    public async Task FailureInTransaction_RollbackSendsNothing()
    {
        await using var server = new FakeBoltServer(Scripts.Connect54 + """
            C: BEGIN {}
            S: SUCCESS {}
            C: RUN "CREATE (:X {id: 1})" {} {}
            C: PULL {"n": 1000}
            S: FAILURE {"code": "Neo.ClientError.Schema.ConstraintValidationFailed", "message": "already exists"}
            S: IGNORED
            C: RESET
            S: SUCCESS {}
            """);
        await using (var client = Scripts.Client(server))
        {
            var error = await Assert.ThrowsAsync<Neo4jClientException>(() =>
                client.ExecuteWriteAsync(async tx => await tx.RunAsync("CREATE (:X {id: 1})")));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        }

        await server.AssertCompletedAsync();
    }
}
