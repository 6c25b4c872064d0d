using System.Diagnostics;
using System.Text.Json;
using CooperationGraph.Testing.Support;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>Runs tests/js/bolt/scenario.mjs: one scenario played by npm's neo4j-driver (pinned in tests/js/package.json).</summary>
internal static class OfficialDriver
{
    public static async Task<List<string>> PlayAsync(string scenario, Uri uri)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(TestPaths.Root, "tests", "js", "bolt", "scenario.mjs"), scenario, uri.ToString()])
        {
            WorkingDirectory = Path.Combine(TestPaths.Root, "tests", "js"),
        };
        var (exitCode, stdout, stderr) = await ChildProcess.RunAsync(start, TimeSpan.FromSeconds(60));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(exitCode == 0 && lines.Length > 0,
            $"scenario.mjs {scenario} exited with {exitCode} (is tests/js installed? scripts/install-test-deps.sh); stderr: {stderr}");
        using var document = JsonDocument.Parse(lines[^1]);
        return [.. document.RootElement.GetProperty("outputs").EnumerateArray().Select(item => item.GetString()!)];
    }
}
