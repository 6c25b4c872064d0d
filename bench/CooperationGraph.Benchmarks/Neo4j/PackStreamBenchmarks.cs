using BenchmarkDotNet.Attributes;
using CooperationGraph.Neo4j;
using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Benchmarks.Neo4j;

/// <summary>
/// PackStream throughput for a representative result row: a node, a relationship and a map of scalars,
/// shaped like the cooperation graph's entities. Each invocation handles <see cref="RecordsPerInvoke"/>
/// records, so BenchmarkDotNet's per-operation time is per record (records/s = 1 / mean).
/// </summary>
[MemoryDiagnoser]
public class PackStreamBenchmarks
{
    private const int RecordsPerInvoke = 1000;

    private readonly PooledByteBuffer _buffer = new(64 * 1024);
    private object?[] _fields = [];
    private byte[] _encodedRecord = [];

    [GlobalSetup]
    public void Setup()
    {
        var properties = new Dictionary<string, object?>
        {
            ["id"] = "org:gx-dost",
            ["name"] = "广西壮族自治区科学技术厅",
            ["nameEn"] = "Department of Science and Technology of Guangxi Zhuang Autonomous Region",
            ["aliases"] = new List<object?> { "广西科技厅", "自治区科技厅" },
            ["founded"] = new Neo4jDate(3_650),
            ["budget"] = 12_500_000L,
        };
        var node = new Neo4jNode(42, ["Entity", "Organisation", "Government"], properties, "4:8d1c:42");
        var relationship = new Neo4jRelationship(7, 42, 43, "COOPERATES_WITH",
            new Dictionary<string, object?> { ["since"] = new Neo4jDate(19_000), ["status"] = "signed", ["weight"] = 0.75 },
            "5:8d1c:7", "4:8d1c:42", "4:8d1c:43");
        var scalars = new Dictionary<string, object?>
        {
            ["letter"] = "桂科函〔2023〕15号",
            ["year"] = 2023L,
            ["amount"] = 3_000_000.0,
            ["verified"] = true,
            ["region"] = "粤港澳大湾区",
            ["rank"] = 3L,
            ["score"] = 0.913,
            ["note"] = null,
        };
        _fields = [node, relationship, scalars];

        _buffer.Clear();
        WriteRecord(new PackStreamWriter(_buffer, PackStreamDialect.Bolt5), _fields);
        _encodedRecord = _buffer.WrittenSpan.ToArray();
    }

    [GlobalCleanup]
    public void Cleanup() => _buffer.Dispose();

    [Benchmark(OperationsPerInvoke = RecordsPerInvoke)]
    public int EncodeRecord()
    {
        var writer = new PackStreamWriter(_buffer, PackStreamDialect.Bolt5);
        var total = 0;
        for (var i = 0; i < RecordsPerInvoke; i++)
        {
            _buffer.Clear();
            WriteRecord(writer, _fields);
            total += _buffer.Length;
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = RecordsPerInvoke)]
    public int DecodeRecord()
    {
        var fields = 0;
        for (var i = 0; i < RecordsPerInvoke; i++)
        {
            var record = (RecordMessage)ResponseMessageReader.Read(_encodedRecord, PackStreamDialect.Bolt5);
            fields += record.Fields.Length;
        }

        return fields;
    }

    private static void WriteRecord(PackStreamWriter writer, object?[] fields)
    {
        writer.WriteStructHeader(1, MessageSignature.Record);
        writer.WriteListHeader(fields.Length);
        foreach (var field in fields)
        {
            writer.WriteValue(field);
        }
    }
}
