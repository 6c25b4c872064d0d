using CooperationGraph.Neo4j.Bolt.Messages;
using CooperationGraph.Neo4j.PackStream;

namespace CooperationGraph.Neo4j.Tests.Bolt;

/// <summary>Request messages as bytes, and response decoding.</summary>
public sealed class MessageEncodingTests
{
    private static string Encode(IRequestMessage message)
    {
        using var buffer = new PooledByteBuffer();
        message.Write(new PackStreamWriter(buffer, PackStreamDialect.Bolt5));
        return Convert.ToHexString(buffer.WrittenSpan);
    }

    private static string Hex(string spaced) => spaced.Replace(" ", "", StringComparison.Ordinal);

    [Fact]
    public void NoFieldMessages()
    {
        Assert.Equal("B00F", Encode(ResetMessage.Instance));
        Assert.Equal("B002", Encode(GoodbyeMessage.Instance));
        Assert.Equal("B012", Encode(CommitMessage.Instance));
        Assert.Equal("B013", Encode(RollbackMessage.Instance));
        Assert.Equal("B06B", Encode(LogoffMessage.Instance));
    }

    [Fact]
    public void Pull_And_Discard()
    {
        Assert.Equal(Hex("B1 3F A1 81 6E C9 03 E8"), Encode(new PullMessage(1000)));
        Assert.Equal(Hex("B1 3F A2 81 6E 0A 83 71 69 64 05"), Encode(new PullMessage(10, 5)));
        Assert.Equal(Hex("B1 2F A1 81 6E FF"), Encode(new DiscardMessage(-1)));
    }

    [Fact]
    public void Run_WithReadModeAndDatabase()
    {
        var run = new RunMessage("RETURN 1", null, new TransactionExtra([], null, null, AccessMode.Read, "g"));
        Assert.Equal(Hex("B3 10 88 52 45 54 55 52 4E 20 31 A0 A2 84 6D 6F 64 65 81 72 82 64 62 81 67"), Encode(run));
    }

    [Fact]
    public void Begin_WithBookmarksTimeoutAndMetadata()
    {
        var extra = new TransactionExtra(["bm1"], TimeSpan.FromSeconds(2), new Dictionary<string, object?> { ["a"] = 1L }, AccessMode.Write, null);
        Assert.Equal(
            Hex("B1 11 A3 89 62 6F 6F 6B 6D 61 72 6B 73 91 83 62 6D 31 8A 74 78 5F 74 69 6D 65 6F 75 74 C9 07 D0 8B 74 78 5F 6D 65 74 61 64 61 74 61 A1 81 61 01"),
            Encode(new BeginMessage(extra)));
    }

    [Fact]
    public void Logon_Basic()
    {
        Assert.Equal(
            Hex("B1 6A A3 86 73 63 68 65 6D 65 85 62 61 73 69 63 89 70 72 69 6E 63 69 70 61 6C 81 75 8B 63 72 65 64 65 6E 74 69 61 6C 73 81 70"),
            Encode(new LogonMessage(Neo4jAuth.Basic("u", "p").Token)));
    }

    [Fact]
    public void Route_And_Telemetry()
    {
        var route = new RouteMessage(new Dictionary<string, object?> { ["address"] = "h:1" }, [], "g");
        Assert.Equal(Hex("B3 66 A1 87 61 64 64 72 65 73 73 83 68 3A 31 90 A1 82 64 62 81 67"), Encode(route));
        // The bytes npm's neo4j-driver sent in the recorded telemetry scenario, not our own writer's.
        var recorded = CrossCheck.BoltRecording.Parse(File.ReadAllText(CrossCheck.CrossCheckTests.RecordingPath("telemetry", "5.4")))
            .Connections[0].ClientMessages.Where(message => message.Name == "TELEMETRY").Select(message => Convert.ToHexString(message.Bytes)).ToList();
        Assert.Equal([recorded[0], recorded[1], recorded[2]], [
            Encode(new TelemetryMessage(TelemetryApi.ManagedTransaction)),
            Encode(new TelemetryMessage(TelemetryApi.AutoCommit)),
            Encode(new TelemetryMessage(TelemetryApi.ExplicitTransaction))]);
    }

    [Fact]
    public void Responses_Decode()
    {
        var success = Assert.IsType<SuccessMessage>(ResponseMessageReader.Read(Convert.FromHexString(Hex("B1 70 A1 88 68 61 73 5F 6D 6F 72 65 C3")), PackStreamDialect.Bolt5));
        Assert.True(success.HasMore);
        var record = Assert.IsType<RecordMessage>(ResponseMessageReader.Read(Convert.FromHexString(Hex("B1 71 92 01 81 61")), PackStreamDialect.Bolt5));
        Assert.Equal(new object?[] { 1L, "a" }, record.Fields);
        Assert.Same(IgnoredMessage.Instance, ResponseMessageReader.Read(Convert.FromHexString("B07E"), PackStreamDialect.Bolt5));
        var failure = Assert.IsType<FailureMessage>(ResponseMessageReader.Read(
            Convert.FromHexString(Hex("B1 7F A2 84 63 6F 64 65 81 58 87 6D 65 73 73 61 67 65 81 59")), PackStreamDialect.Bolt5));
        Assert.Equal(("X", "Y"), (failure.Code, failure.Message));
    }

    [Fact]
    public void Responses_UnknownOrTrailing_AreProtocolErrors()
    {
        Assert.Throws<Neo4jProtocolException>(() => ResponseMessageReader.Read(Convert.FromHexString("B010"), PackStreamDialect.Bolt5));
        Assert.Throws<Neo4jProtocolException>(() => ResponseMessageReader.Read(Convert.FromHexString("B07E00"), PackStreamDialect.Bolt5));
    }
}
