using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace CooperationGraph.Neo4j.Tests.CrossCheck;

/// <summary>Runs tests/js/bolt/scenario.mjs: one scenario played by npm's neo4j-driver (pinned in tests/js/package.json).</summary>
internal static class OfficialDriver
{
    public static async Task<List<string>> PlayAsync(string scenario, Uri uri)
    {
        var start = new ProcessStartInfo("node", [Path.Combine(TestPaths.Root, "tests", "js", "bolt", "scenario.mjs"), scenario, uri.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.Combine(TestPaths.Root, "tests", "js"),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"the official driver did not finish scenario {scenario} within 60 s; stderr: {await stderr}");
        }

        var lines = (await stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(process.ExitCode == 0 && lines.Length > 0,
            $"scenario.mjs {scenario} exited with {process.ExitCode} (is tests/js installed? scripts/install-test-deps.sh); stderr: {await stderr}");
        using var document = JsonDocument.Parse(lines[^1]);
        return [.. document.RootElement.GetProperty("outputs").EnumerateArray().Select(item => item.GetString()!)];
    }
}
