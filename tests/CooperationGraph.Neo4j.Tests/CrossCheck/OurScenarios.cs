namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// The cross-check scenarios played by our client, step for step as tests/js/bolt/scenario.mjs plays them with the
/// official driver, each returning the canonical text of what the client handed back.
/// </summary>
internal static class OurScenarios
{
    public static readonly string[] Names =
    [
        "auth-basic", "auth-bearer", "parameters", "values-back", "tx-commit", "tx-rollback-unread", "tx-rollback-unread-empty", "tx-rollback-read",
        "failure-reset", "bookmarks", "paging", "routing", "telemetry",
    ];

    public static async Task<List<string>> PlayAsync(string scenario, Uri uri)
    {
        var outputs = new List<string>();
        var auth = scenario == "auth-bearer" ? Neo4jAuth.Bearer("a-sso-token") : Neo4jAuth.Basic("neo4j", "secret");
        await using var client = Neo4jClient.Create(new Neo4jClientOptions
        {
            Uri = uri,
            Auth = auth,
            UserAgent = "CooperationGraph/1.0",
            MaxConnectionPoolSize = 1,
            ConnectionTimeout = TimeSpan.FromSeconds(5),
            InitialRetryDelay = TimeSpan.FromMilliseconds(1),
            MaxRetryTime = TimeSpan.FromSeconds(5),
        });
        var session = client.OpenSession(new SessionOptions
        {
            Bookmarks = scenario == "bookmarks" ? ["FB:seed"] : [],
            FetchSize = scenario == "paging" ? 2 : null,
        });
        await using (session)
        {
            await PlayAsync(scenario, session, outputs);
        }

        return outputs;
    }

    private static async Task PlayAsync(string scenario, Neo4jSession session, List<string> outputs)
    {
        switch (scenario)
        {
            case "auth-basic" or "auth-bearer":
                await AddAsync(outputs, await session.RunAsync("RETURN 1 AS n"));
                break;
            case "parameters":
                await AddAsync(outputs, await session.RunAsync("RETURN $p AS p", new Dictionary<string, object?> { ["p"] = EveryType() }));
                break;
            case "values-back":
                await AddAsync(outputs, await session.RunAsync("RETURN values"));
                break;
            case "tx-commit":
                await using (var tx = await session.BeginTransactionAsync())
                {
                    await AddAsync(outputs, await tx.RunAsync("CREATE (n) RETURN 1 AS n"));
                    await tx.CommitAsync();
                }

                outputs.Add($"bookmarks:{string.Join(',', session.Bookmarks)}");
                break;
            case "tx-rollback-unread":
                await RollbackUnreadAsync(session, "UNWIND range(1, 5) AS i RETURN i", outputs);
                break;
            case "tx-rollback-unread-empty":
                // No rows: with ROLLBACK sent early the connection would go back to the pool one reply out of step.
                await RollbackUnreadAsync(session, "CREATE (n)", outputs);
                break;
            case "tx-rollback-read":
                await using (var tx = await session.BeginTransactionAsync())
                {
                    await AddAsync(outputs, await tx.RunAsync("UNWIND range(1, 5) AS i RETURN i"));
                    await tx.RollbackAsync();
                }

                break;
            case "failure-reset":
                try
                {
                    await (await session.RunAsync("FAIL")).ToListAsync();
                }
                catch (Neo4jException ex)
                {
                    outputs.Add($"error:{ex.Code}");
                }

                await AddAsync(outputs, await session.RunAsync("RETURN 1 AS n"));
                break;
            case "bookmarks":
                await session.ExecuteWriteAsync(async tx => await AddAsync(outputs, await tx.RunAsync("CREATE (n) RETURN 1 AS n")));
                await session.ExecuteReadAsync(async tx => await AddAsync(outputs, await tx.RunAsync("RETURN 1 AS n")));
                outputs.Add($"bookmarks:{string.Join(',', session.Bookmarks)}");
                break;
            case "paging":
                await AddAsync(outputs, await session.RunAsync("UNWIND range(1, 5) AS i RETURN i"));
                break;
            case "routing":
                await session.ExecuteWriteAsync(async tx => await AddAsync(outputs, await tx.RunAsync("CREATE (n) RETURN 1 AS n")));
                break;
            case "telemetry":
                await session.ExecuteWriteAsync(async tx => await AddAsync(outputs, await tx.RunAsync("RETURN 1 AS n")));
                await AddAsync(outputs, await session.RunAsync("RETURN 1 AS n"));
                await using (var tx = await session.BeginTransactionAsync())
                {
                    await AddAsync(outputs, await tx.RunAsync("RETURN 1 AS n"));
                    await tx.CommitAsync();
                }

                break;
            default:
                throw new ArgumentException($"Unknown scenario {scenario}.", nameof(scenario));
        }
    }

    private static async Task RollbackUnreadAsync(Neo4jSession session, string query, List<string> outputs)
    {
        await using (var tx = await session.BeginTransactionAsync())
        {
            await tx.RunAsync(query);
            await tx.RollbackAsync();
        }

        await AddAsync(outputs, await session.RunAsync("RETURN 1 AS n"));
    }

    private static async Task<int> AddAsync(List<string> outputs, Neo4jResult result)
    {
        var records = await result.ToListAsync();
        outputs.AddRange(records.Select(record => string.Join(' ', record.Keys.Select(key => $"{key}={CanonicalValue.Of(record[key])}"))));
        return records.Count;
    }

    /// <summary>The parameters of every type, in the order and with the values scenario.mjs builds them.</summary>
    private static Dictionary<string, object?> EveryType()
    {
        static long Utc(int month, int day, int hour, int minute, int second = 0) =>
            new DateTimeOffset(2024, month, day, hour, minute, second, TimeSpan.Zero).ToUnixTimeSeconds();
        return new Dictionary<string, object?>
        {
            ["nothing"] = null,
            ["yes"] = true,
            ["no"] = false,
            ["ints"] = new List<object?> { 0L, -16L, -17L, 127L, 128L, -128L, -129L, 32767L, 32768L, -32769L, 2147483647L, 2147483648L, -2147483649L, long.MaxValue, long.MinValue },
            ["floats"] = new List<object?> { 1.5, -0.0, 1e308, 6.02214076e23 },
            ["strings"] = new List<object?> { string.Empty, "ascii", "桂澳中药质量研究联合实验室", new string('x', 300), new string('y', 70000) },
            ["bytes"] = new byte[] { 1, 2, 3, 0xFF },
            ["lists"] = new List<object?> { new List<object?>(), new List<object?> { 1L, "a", null, new List<object?> { 2.5 } }, Enumerable.Range(0, 20).Select(i => (object?)(long)i).ToList() },
            ["maps"] = new List<object?>
            {
                new Dictionary<string, object?>(),
                new Dictionary<string, object?> { ["a"] = 1L, ["b"] = new Dictionary<string, object?> { ["c"] = new List<object?> { true } } },
                Enumerable.Range(0, 20).ToDictionary(i => $"k{i:D2}", i => (object?)(long)i),
            },
            ["date"] = new Neo4jDate(19813),
            ["time"] = new Neo4jTime(45_296_789_000_001, 7200),
            ["localTime"] = new Neo4jLocalTime(3_723_000_000_004),
            ["dateTimeOffset"] = new Neo4jDateTime(Utc(3, 31, 1, 30), 5, 7200),
            ["dateTimeZone"] = new Neo4jZonedDateTime(Utc(3, 31, 1, 30), 5, "Europe/Berlin"),
            ["dateTimeZoneBefore"] = new Neo4jZonedDateTime(Utc(3, 31, 0, 59, 59), 0, "Europe/Berlin"),
            ["localDateTime"] = new Neo4jLocalDateTime(Utc(10, 27, 2, 30), 999),
            ["duration"] = new Neo4jDuration(14, 3, 14706, 7),
            ["point2d"] = new Neo4jPoint2D(4326, 108.3, 22.8),
            ["point3d"] = new Neo4jPoint3D(9157, 1.0, 2.0, 3.0),
        };
    }
}
