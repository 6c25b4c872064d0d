using System.Diagnostics;
using System.Text.Json;

namespace CooperationGraph.Analytics.Tests.Support;

/// <summary>
/// Runs <c>tests/js/analytics/peer.mjs</c> (graphology and reference JavaScript) on a graph written as JSON
/// and returns its answers.
/// </summary>
public static class NodePeer
{
    public static PeerResult Run(EdgeList graph, IReadOnlyList<int>? partition = null, IReadOnlyList<(int U, int V)>? pairs = null)
    {
        var root = RepositoryRoot();
        var input = Path.Combine(Path.GetTempPath(), $"analytics-peer-{Guid.NewGuid():N}.json");
        var payload = new
        {
            directed = graph.Directed,
            nodeCount = graph.NodeCount,
            edges = Enumerable.Range(0, graph.EdgeCount).Select(i => new[] { graph.Sources[i], graph.Targets[i], graph.Weights[i] }),
            partition,
            pairs = pairs?.Select(p => new[] { p.U, p.V }),
        };
        File.WriteAllText(input, JsonSerializer.Serialize(payload));
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(root, "tests", "js", "analytics", "peer.mjs"), input])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = Path.Combine(root, "tests", "js"),
            };
            using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"peer.mjs failed ({process.ExitCode}): {stderr.Result}");
            }

            return new PeerResult(JsonDocument.Parse(stdout.Result));
        }
        finally
        {
            File.Delete(input);
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CooperationGraph.sln")))
        {
            directory = directory.Parent;
        }

        // Built with --artifacts-path outside the repository: fall back to the source location.
        return directory?.FullName ?? FromSource();
    }

    private static string FromSource([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));
}

public sealed class PeerResult(JsonDocument document)
{
    public double[] Scores(string name) =>
        document.RootElement.GetProperty(name).EnumerateArray()
            .Select(e => e.ValueKind == JsonValueKind.Null ? double.NaN : e.GetDouble())
            .ToArray();

    public bool Has(string name) =>
        document.RootElement.TryGetProperty(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public double Number(string name) => document.RootElement.GetProperty(name).GetDouble();
}
