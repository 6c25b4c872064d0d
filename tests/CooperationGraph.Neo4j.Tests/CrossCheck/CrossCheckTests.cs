using CooperationGraph.Neo4j.Bolt;
using Xunit.Abstractions;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>
/// Our Bolt client against Neo4j's official JavaScript driver (npm neo4j-driver, pinned): both play the same
/// scenarios against the same recording server (<see cref="RecordingBoltServer"/>) at Bolt 4.4, 5.0, 5.4 and 5.8.
/// The official driver's recordings are committed under CrossCheck/Recordings; the driver must still produce them
/// (so a driver or server change is seen), and our client must produce them too, byte for byte, except for the
/// reviewed entries of legal-differences.json. Regenerate the recordings after a reviewed change with
/// <c>UPDATE_BOLT_RECORDINGS=1 dotnet test tests/CooperationGraph.Neo4j.Tests --filter "FullyQualifiedName~OfficialDriver_ProducesItsRecording"</c>.
/// </summary>
public sealed class CrossCheckTests(ITestOutputHelper output)
{
    private static readonly string[] Versions = ["4.4", "5.0", "5.4", "5.8"];

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var scenario in OurScenarios.Names)
        {
            foreach (var version in Versions)
            {
                cases.Add(scenario, version);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OfficialDriver_ProducesItsRecording(string scenario, string version)
    {
        var recording = await RecordAsync(scenario, version, OfficialDriver.PlayAsync);
        var path = RecordingPath(scenario, version);
        if (Environment.GetEnvironmentVariable("UPDATE_BOLT_RECORDINGS") == "1")
        {
            await File.WriteAllTextAsync(path, recording.Render(
                $"Scenario {scenario} at Bolt {version}, played by npm neo4j-driver 6.3.0 (tests/js/bolt/scenario.mjs).\n"
                + "Regenerate: UPDATE_BOLT_RECORDINGS=1 dotnet test tests/CooperationGraph.Neo4j.Tests --filter \"FullyQualifiedName~OfficialDriver_ProducesItsRecording\""));
        }

        AssertSame(scenario, version, BoltRecording.Parse(await File.ReadAllTextAsync(path)), recording);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task OurClient_MatchesTheOfficialDriversRecording(string scenario, string version)
    {
        var recording = await RecordAsync(scenario, version, OurScenarios.PlayAsync);
        AssertSame(scenario, version, BoltRecording.Parse(await File.ReadAllTextAsync(RecordingPath(scenario, version))), recording);
    }

    [Fact]
    public void EveryLegalDifference_HasAReason()
    {
        Assert.NotEmpty(LegalDifferences.Reviewed.Entries);
        Assert.All(LegalDifferences.Reviewed.Entries, entry => Assert.True(entry.Reason.Length >= 20, $"'{entry.Where}' needs a reason"));
    }

    [Fact]
    public void TheComparer_ReportsAChangedByte()
    {
        // Guards the harness: one byte changed in a RUN must be reported, not excused.
        var expected = BoltRecording.Parse(File.ReadAllText(RecordingPath("tx-commit", "5.4")));
        var changed = BoltRecording.Parse(File.ReadAllText(RecordingPath("tx-commit", "5.4")));
        var run = changed.Connections[0].Messages.First(message => message.Name == "RUN");
        run.Bytes[5] ^= 0x01; // a letter of the query text
        var comparer = new RecordingComparer(LegalDifferences.Reviewed, "5.4", "tx-commit").Compare(expected, changed);
        Assert.Single(comparer.Unexcused);
    }

    internal static string RecordingPath(string scenario, string version) =>
        Path.Combine(TestPaths.Root, "tests", "CooperationGraph.Neo4j.Tests", "CrossCheck", "Recordings", $"{scenario}-{version}.txt");

    private static async Task<BoltRecording> RecordAsync(string scenario, string version, Func<string, Uri, Task<List<string>>> play)
    {
        var parts = version.Split('.');
        var server = new RecordingBoltServer(new BoltProtocolVersion(int.Parse(parts[0], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture)), new ScenarioServer(scenario));
        await using (server)
        {
            var scheme = scenario == "routing" ? "neo4j" : "bolt";
            var outputs = await play(scenario, new Uri($"{scheme}://{server.Address(0)}"));
            var recording = await server.FinishAsync();
            recording.Outputs.AddRange(outputs);
            return recording;
        }
    }

    private void AssertSame(string scenario, string version, BoltRecording expected, BoltRecording actual)
    {
        var comparer = new RecordingComparer(LegalDifferences.Reviewed, version, scenario).Compare(expected, actual);
        foreach (var excused in comparer.Excused.Distinct())
        {
            output.WriteLine($"legal: {excused}");
        }

        Assert.True(comparer.Unexcused.Count == 0,
            $"{scenario} at Bolt {version}: {comparer.Unexcused.Count} difference(s) from the official driver's recording:\n  " + string.Join("\n  ", comparer.Unexcused));
    }
}
