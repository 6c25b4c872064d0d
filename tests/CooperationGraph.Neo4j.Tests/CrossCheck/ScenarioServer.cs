using CooperationGraph.Neo4j.Bolt;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// The server side of every scenario, as a small Bolt state machine rather than a script, so that each client is
/// answered as a real server would answer it: results by query text, FAILURE then IGNORED until RESET, bookmarks
/// from a counter, and a routing table whose writer moves from listener A to B after A refuses a write.
/// </summary>
internal sealed class ScenarioServer(string scenario)
{
    private int _bookmarks;
    private int _connections;
    private bool _leaderMoved;

    public string Scenario { get; } = scenario;

    /// <summary>The two listeners' addresses, set by the server.</summary>
    public string[] Addresses { get; set; } = [];

    public Connection OpenConnection(int listener, BoltProtocolVersion version) =>
        new(this, listener, version, Interlocked.Increment(ref _connections));

    public static (string Name, IReadOnlyList<object?> Fields) Decode(byte[] bytes, PackStreamDialect dialect)
    {
        var reader = new PackStreamReader(bytes, dialect);
        var count = reader.ReadStructHeader(out var signature);
        var fields = new List<object?>();
        for (var i = 0; i < count; i++)
        {
            fields.Add(reader.ReadValue());
        }

        return (MessageSignature.NameOf(signature), fields);
    }

    private string NextBookmark() => $"FB:{Scenario}-{Interlocked.Increment(ref _bookmarks)}";

    private Dictionary<string, object?> RoutingTable()
    {
        var writer = _leaderMoved ? Addresses[1] : Addresses[0];
        return new Dictionary<string, object?>
        {
            ["rt"] = new Dictionary<string, object?>
            {
                ["ttl"] = 300L,
                ["db"] = "neo4j",
                ["servers"] = new List<object?>
                {
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { writer }, ["role"] = "WRITE" },
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { Addresses[0] }, ["role"] = "READ" },
                    new Dictionary<string, object?> { ["addresses"] = new List<object?> { Addresses[0] }, ["role"] = "ROUTE" },
                },
            },
        };
    }

    /// <summary>One connection's state: failed or not, transaction open or not, the stream being pulled.</summary>
    internal sealed class Connection(ScenarioServer server, int listener, BoltProtocolVersion version, int number)
    {
        private readonly Queue<object?[]> _rows = new();
        private bool _failed;
        private bool _inTransaction;
        private bool _streaming;
        private bool _write = true;
        private long _nextQueryId;

        public IEnumerable<(byte Signature, string Name, IReadOnlyList<object?> Fields)> Answer((string Name, IReadOnlyList<object?> Fields) request)
        {
            if (request.Name == "RESET")
            {
                _failed = _inTransaction = _streaming = false;
                _rows.Clear();
                return [Success()];
            }

            if (_failed)
            {
                return [(MessageSignature.Ignored, "IGNORED", [])];
            }

            return request.Name switch
            {
                "HELLO" => [Success(Hello())],
                "LOGON" or "LOGOFF" or "TELEMETRY" => [Success()],
                "ROUTE" => [Success(server.RoutingTable())],
                "BEGIN" => Begin(request.Fields),
                "RUN" => Run((string)request.Fields[0]!, (Dictionary<string, object?>)request.Fields[1]!, request.Fields[2] as Dictionary<string, object?>),
                "PULL" => Pull(Number(request.Fields[0], "n")),
                "DISCARD" => Discard(),
                "COMMIT" => End([Success(new() { ["bookmark"] = server.NextBookmark() })]),
                "ROLLBACK" => End([Success()]),
                _ => Fail("Neo.ClientError.Request.Invalid", $"{request.Name} is not expected here"),
            };
        }

        private Dictionary<string, object?> Hello()
        {
            var hello = new Dictionary<string, object?> { ["server"] = "Neo4j/5.26.0", ["connection_id"] = $"bolt-{number}" };
            if (server.Scenario == "telemetry")
            {
                hello["hints"] = new Dictionary<string, object?> { ["telemetry.enabled"] = true };
            }

            return hello;
        }

        private (byte, string, IReadOnlyList<object?>)[] Begin(IReadOnlyList<object?> fields)
        {
            _inTransaction = true;
            _write = fields[0] is not Dictionary<string, object?> extra || !Equals(extra.GetValueOrDefault("mode"), "r");
            return [Success()];
        }

        private (byte, string, IReadOnlyList<object?>)[] Run(string query, Dictionary<string, object?> parameters, Dictionary<string, object?>? extra)
        {
            if (!_inTransaction)
            {
                _write = extra is null || !Equals(extra.GetValueOrDefault("mode"), "r");
            }

            if (query == "FAIL")
            {
                return Fail("Neo.ClientError.Statement.SyntaxError", "Invalid input 'FAIL': expected a clause");
            }

            if (server.Scenario == "routing" && listener == 0 && _write && !server._leaderMoved)
            {
                server._leaderMoved = true;
                return Fail("Neo.ClientError.Cluster.NotALeader", "No write operations are allowed on this database. This is a read only database.");
            }

            var (fields, rows) = ScenarioResults.For(query, parameters, version);
            foreach (var row in rows)
            {
                _rows.Enqueue(row);
            }

            _streaming = true;
            var metadata = new Dictionary<string, object?> { ["fields"] = fields.Cast<object?>().ToList(), ["t_first"] = 1L };
            if (_inTransaction)
            {
                metadata["qid"] = _nextQueryId++;
            }

            return [Success(metadata)];
        }

        private List<(byte, string, IReadOnlyList<object?>)> Pull(long n)
        {
            var replies = new List<(byte, string, IReadOnlyList<object?>)>();
            while (_rows.Count > 0 && (n < 0 || replies.Count < n))
            {
                replies.Add((MessageSignature.Record, "RECORD", [_rows.Dequeue().ToList()]));
            }

            replies.Add(_rows.Count > 0 ? Success(new() { ["has_more"] = true }) : StreamEnd());
            return replies;
        }

        private (byte, string, IReadOnlyList<object?>)[] Discard()
        {
            _rows.Clear();
            return [StreamEnd()];
        }

        private (byte, string, IReadOnlyList<object?>) StreamEnd()
        {
            _streaming = false;
            var metadata = new Dictionary<string, object?> { ["t_last"] = 1L, ["type"] = _write ? "rw" : "r", ["db"] = "neo4j" };
            if (!_inTransaction)
            {
                metadata["bookmark"] = server.NextBookmark();
            }

            return Success(metadata);
        }

        private (byte, string, IReadOnlyList<object?>)[] End((byte, string, IReadOnlyList<object?>)[] reply)
        {
            if (_streaming)
            {
                // A real server answers COMMIT/ROLLBACK sent while a result is still open with a protocol error.
                return Fail("Neo.ClientError.Request.Invalid", "Message of type COMMIT/ROLLBACK cannot be handled while a result is streaming.");
            }

            _inTransaction = false;
            _nextQueryId = 0;
            return reply;
        }

        private (byte, string, IReadOnlyList<object?>)[] Fail(string code, string message)
        {
            _failed = true;
            _rows.Clear();
            _streaming = false;
            var metadata = new Dictionary<string, object?> { ["message"] = message };
            if (version >= new BoltProtocolVersion(5, 7))
            {
                metadata["neo4j_code"] = code;
                metadata["gql_status"] = "50N42";
                metadata["description"] = "error: general processing exception - unexpected error. " + message;
            }
            else
            {
                metadata["code"] = code;
            }

            return [(MessageSignature.Failure, "FAILURE", [metadata])];
        }

        private static (byte, string, IReadOnlyList<object?>) Success(Dictionary<string, object?>? metadata = null) =>
            (MessageSignature.Success, "SUCCESS", [metadata ?? []]);

        private static long Number(object? extra, string key) =>
            extra is Dictionary<string, object?> map && map.GetValueOrDefault(key) is long value ? value : -1;
    }
}
