using CooperationGraph.Domain.Json;
using CooperationGraph.Neo4j.Export;
using CooperationGraph.StoreContract.Testing;

namespace CooperationGraph.Cli.Tests;

/// <summary><c>export</c> in-process: both formats write files that load back to the seed graph; bad arguments exit 2 with a message and no stack trace.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "cg-cli-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    [Fact]
    public async Task ExportCypher_WritesAScriptThatLoadsTheSeedGraph()
    {
        var path = Path.Combine(_directory, "graph.cypher");
        var run = await CliRun.RunAsync("export", "--format", "cypher", "--out", path, "--seed-data", CliRun.SeedData, "--model", CliRun.Model);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains($"Exported {RealSeedGraph.Snapshot.Nodes.Count} nodes", run.Output, StringComparison.Ordinal);
        Assert.Empty(GraphSnapshotComparer.Differences(RealSeedGraph.Snapshot, Neo4jExport.ReadCypherScript(path)));
    }

    [Fact]
    public async Task ExportNeo4jAdmin_WritesCsvFilesThatLoadTheSeedGraph()
    {
        var run = await CliRun.RunAsync("export", "--format", "neo4j-admin", "--out", _directory, "--seed-data", CliRun.SeedData, "--model", CliRun.Model);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.True(File.Exists(Path.Combine(_directory, "import-command.txt")));
        Assert.True(File.Exists(Path.Combine(_directory, "schema.cypher")));
        Assert.Empty(GraphSnapshotComparer.Differences(RealSeedGraph.Snapshot, Neo4jExport.ReadAdminCsv(_directory)));
    }

    [Theory]
    [InlineData("export", "--format", "graphml", "--out", "x")]
    [InlineData("export", "--format", "cypher")]
    [InlineData("export", "--out", "x")]
    [InlineData("export", "--format", "cypher", "--out", "x", "--bogus")]
    [InlineData("import")]
    public async Task BadArguments_ExitWithTwo_AndAMessage(params string[] args)
    {
        var run = await CliRun.RunAsync(args);
        Assert.Equal(2, run.ExitCode);
        Assert.False(string.IsNullOrWhiteSpace(run.Error));
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingSeedDirectory_IsAUsageError_NamingTheOption()
    {
        var run = await CliRun.RunAsync("export", "--format", "cypher", "--out", Path.Combine(_directory, "g.cypher"), "--seed-data", Path.Combine(_directory, "none"), "--model", CliRun.Model);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--seed-data:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CypherIntoADirectory_IsAUsageError()
    {
        Directory.CreateDirectory(_directory);
        var run = await CliRun.RunAsync("export", "--format", "cypher", "--out", _directory, "--seed-data", CliRun.SeedData, "--model", CliRun.Model);
        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("--out:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InvalidSeedData_ExitsWithOne_ListingLocatedErrors()
    {
        var seed = Path.Combine(_directory, "seed");
        Directory.CreateDirectory(Path.Combine(seed, "facts"));
        File.WriteAllText(Path.Combine(seed, "facts", "000.yaml"), "entities: [ { id: 'broken\n");
        var run = await CliRun.RunAsync("export", "--format", "cypher", "--out", Path.Combine(_directory, "g.cypher"), "--seed-data", seed, "--model", CliRun.Model);
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("The seed data is invalid:", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }
}
